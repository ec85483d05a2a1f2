import { ServiceWorld } from './service-world';

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

export interface DebtorInput {
  readonly name: string;
  readonly kind: 'business' | 'consumer';
  readonly contactPerson?: string;
  readonly email?: string;
  readonly paymentTermDays?: number;
  readonly reminderOffsetDays?: number;
}

export const registerDebtor = async (
  world: ServiceWorld,
  debtorId: string,
  debtor: DebtorInput,
) => {
  const answer = await world.put(`/debtors/${debtorId}`, debtor);
  expect([200, 201]).toContain(answer.status);
};

export interface InvoiceInput {
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly issueDate: string;
  readonly cents: number;
  readonly description: string;
  readonly dueDate?: string;
  readonly paymentLink?: string;
}

export const issueInvoice = async (world: ServiceWorld, invoice: InvoiceInput): Promise<void> => {
  const { cents, ...rest } = invoice;
  await world
    .post('/invoices', { number: invoice.invoiceId, amount: eur(cents), ...rest })
    .expect(201);
};
