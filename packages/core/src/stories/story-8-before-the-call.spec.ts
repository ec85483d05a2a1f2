import { agendaOf, builtOnce, Happening } from './story-agenda.spec-helpers';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { eur, installment } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const BIG = 'supermarkt-van-den-berg';
const SMALL = 'cafe-de-hoek';
const OTHER = 'restaurant-bos';

const issued = (
  invoiceId: string,
  debtorId: string,
  issueDate: string,
  cents: number,
  description: string,
): Happening => [
  issueDate,
  (world) =>
    world.invoice(invoiceId).execute(
      invoiceCommand.issue({
        invoiceId,
        debtorId,
        number: invoiceId,
        issueDate,
        termDays: world.paymentTermOf(debtorId),
        cents,
        description,
      }),
      { actor: 'accounting-sync' },
    ),
];

const paid = (invoiceId: string, cents: number, paidOn: string): Happening => [
  paidOn,
  (world) =>
    world.invoice(invoiceId).execute(invoiceCommand.pay(cents, paidOn), { actor: 'bank-import' }),
];

/** Issued and paid `days` later; on time when `days` is within the 14-day term. */
const issuedAndPaid = (
  invoiceId: string,
  debtorId: string,
  issueDate: string,
  cents: number,
  paidOn: string,
): readonly Happening[] => [
  issued(invoiceId, debtorId, issueDate, cents, 'Levering food en non-food'),
  paid(invoiceId, cents, paidOn),
];

/**
 * Groothandel Meijer's year. Supermarkt Van den Berg buys big and pays on time; its two open
 * invoices have a promise (after a demand letter) and a hold. Café De Hoek buys little and
 * pays after the first reminder; its open invoice runs on an arrangement. Restaurant Bos
 * pays on time; one of its invoices is older than a year.
 */
const YEAR = agendaOf(
  ...issuedAndPaid('GM-2025-0203', OTHER, '2025-02-03', 500000, '2025-02-13'),
  ...issuedAndPaid('GM-2025-0407', OTHER, '2025-04-07', 968000, '2025-04-17'),
  ...issuedAndPaid('GM-2025-0505', SMALL, '2025-05-05', 24200, '2025-05-28'),
  ...issuedAndPaid('GM-2025-0602', BIG, '2025-06-02', 1210000, '2025-06-13'),
  ...issuedAndPaid('GM-2025-0609', OTHER, '2025-06-09', 968000, '2025-06-19'),
  ...issuedAndPaid('GM-2025-0801', BIG, '2025-08-01', 1210000, '2025-08-12'),
  ...issuedAndPaid('GM-2025-0804', SMALL, '2025-08-04', 24200, '2025-08-27'),
  ...issuedAndPaid('GM-2025-0811', OTHER, '2025-08-11', 968000, '2025-08-21'),
  ...issuedAndPaid('GM-2025-1001', BIG, '2025-10-01', 1210000, '2025-10-14'),
  ...issuedAndPaid('GM-2025-1006', OTHER, '2025-10-06', 968000, '2025-10-16'),
  ...issuedAndPaid('GM-2025-1103', SMALL, '2025-11-03', 24200, '2025-11-26'),
  ...issuedAndPaid('GM-2025-1201', BIG, '2025-12-01', 1210000, '2025-12-12'),
  ...issuedAndPaid('GM-2025-1208', OTHER, '2025-12-08', 968000, '2025-12-18'),
  issued('GM-2026-0112', BIG, '2026-01-12', 1512500, 'Koelvitrines filiaal Utrecht'),
  issued('GM-2026-0202', SMALL, '2026-02-02', 36300, 'Koffiebonen en servies februari'),
  issued('GM-2026-0209', BIG, '2026-02-09', 847000, 'Onderhoud koelinstallaties februari'),
  [
    '2026-02-27',
    (world) =>
      world
        .invoice('GM-2026-0112')
        .execute(
          invoiceCommand.promise('2026-03-27', { cents: 1512500, note: 'Na akkoord hoofdkantoor' }),
          { actor: 'lisa.kok', reason: 'promised on the phone' },
        ),
  ],
  [
    '2026-02-27',
    (world) =>
      world
        .invoice('GM-2026-0209')
        .execute(invoiceCommand.putOnHold('clarification', 'Werkbon ontbreekt'), {
          actor: 'lisa.kok',
          reason: 'debtor asks for the work order',
        }),
  ],
  [
    '2026-03-04',
    (world) =>
      world
        .invoice('GM-2026-0202')
        .execute(
          invoiceCommand.agreeArrangement(
            installment('2026-03-31', 18150),
            installment('2026-04-30', 18150),
          ),
          { actor: 'lisa.kok', reason: 'small business, tight cash flow' },
        ),
  ],
);

const aYearOfBusiness = builtOnce(() => {
  const world = StoryWorld.of('groothandel-meijer', '2025-02-03T08:00:00+01:00');
  for (const [debtorId, name, contactPerson, phone] of [
    [BIG, 'Supermarkt Van den Berg B.V.', 'Ria van den Berg', '0345 51 27 90'],
    [SMALL, 'Café De Hoek', 'Kees Mulder', '06 4127 8831'],
    [OTHER, 'Restaurant Bos', 'Tom Bos', '020 638 11 02'],
  ] as const) {
    world
      .debtor(debtorId)
      .execute(debtorCommand.register({ debtorId, name, kind: 'business', contactPerson, phone }));
  }
  const deeds = world.runDays('2025-02-03', '2026-03-20', YEAR);
  world.at('2026-03-20T10:00:00+01:00');
  return { world, deeds };
});

const callSheetOf = (debtorId: string) => aYearOfBusiness().world.callSheetOf(debtorId);

/** What the tenant invoiced from 21 March 2025 through 20 March 2026, in cents. */
const TENANT_YEAR = 5 * 968000 + (4 * 1210000 + 1512500 + 847000) + (3 * 24200 + 36300);

describe('Story 8: before the call', () => {
  describe('to a big customer', () => {
    it('shows whom to ask for and how to reach them', () => {
      expect(callSheetOf(BIG).contact).toMatchObject({
        name: 'Supermarkt Van den Berg B.V.',
        contactPerson: 'Ria van den Berg',
        phone: '0345 51 27 90',
      });
    });

    it('lists the open invoices, oldest first, with what they were for and what is owed', () => {
      const sheet = callSheetOf(BIG);

      expect(sheet.openInvoices).toMatchObject([
        {
          invoiceId: 'GM-2026-0112',
          description: 'Koelvitrines filiaal Utrecht',
          outstanding: eur(1512500),
          daysPastDue: 53,
          remindersSent: 1,
          demandLettersSent: 1,
          hold: null,
        },
        {
          invoiceId: 'GM-2026-0209',
          description: 'Onderhoud koelinstallaties februari',
          outstanding: eur(847000),
          remindersSent: 0,
          hold: { reason: 'clarification' },
        },
      ]);
      expect(sheet.totalOutstanding).toEqual([eur(1512500 + 847000)]);
      expect([sheet.remindersSent, sheet.demandLettersSent]).toEqual([1, 1]);
    });

    it('rates the creditworthiness of a customer who pays on time as A', () => {
      expect(callSheetOf(BIG).creditworthiness).toMatchObject({
        paidInvoices: 4,
        onTimeRatio: 1,
        rating: 'A',
      });
    });

    it('shows the agreements that stand: the promise and the hold', () => {
      expect(callSheetOf(BIG).agreements).toMatchObject({
        promises: [
          {
            invoiceId: 'GM-2026-0112',
            promisedDate: '2026-03-27',
            promisedOn: '2026-02-27',
            amount: eur(1512500),
            note: 'Na akkoord hoofdkantoor',
          },
        ],
        arrangements: [],
        holds: [{ invoiceId: 'GM-2026-0209', reason: 'clarification', note: 'Werkbon ontbreekt' }],
      });
      expect(callSheetOf(BIG).openDisputes).toEqual([]);
    });

    it('shows its share of the year’s revenue and marks it an important customer', () => {
      const sheet = callSheetOf(BIG);
      const invoiced = 4 * 1210000 + 1512500 + 847000;

      expect(sheet.revenueShare).toMatchObject({
        from: '2025-03-21',
        through: '2026-03-20',
        debtorInvoiced: eur(invoiced),
        tenantInvoiced: eur(TENANT_YEAR),
      });
      expect(sheet.revenueShare?.share).toBeCloseTo(invoiced / TENANT_YEAR, 4);
      expect(sheet.importantCustomer).toBe(true);
    });
  });

  describe('to a small customer', () => {
    it('shows the contact, the open invoice and the arrangement agreed', () => {
      const sheet = callSheetOf(SMALL);

      expect(sheet.contact).toMatchObject({ contactPerson: 'Kees Mulder' });
      expect(sheet.openInvoices).toMatchObject([
        { invoiceId: 'GM-2026-0202', description: 'Koffiebonen en servies februari' },
      ]);
      expect(sheet.totalOutstanding).toEqual([eur(36300)]);
      expect(sheet.agreements).toMatchObject({
        promises: [],
        holds: [],
        arrangements: [
          {
            invoiceId: 'GM-2026-0202',
            agreedOn: '2026-03-04',
            installments: [installment('2026-03-31', 18150), installment('2026-04-30', 18150)],
          },
        ],
      });
      expect([sheet.remindersSent, sheet.demandLettersSent]).toEqual([1, 0]);
    });

    it('rates a customer who always pays after the first reminder as B', () => {
      expect(callSheetOf(SMALL).creditworthiness).toMatchObject({
        paidInvoices: 3,
        onTimeRatio: 0,
        meanDaysLate: 9,
        rating: 'B',
      });
    });

    it('shows its small share of the revenue: not an important customer', () => {
      const sheet = callSheetOf(SMALL);

      expect(sheet.revenueShare).toMatchObject({
        debtorInvoiced: eur(3 * 24200 + 36300),
        tenantInvoiced: eur(TENANT_YEAR),
      });
      expect(sheet.revenueShare?.share).toBeLessThan(0.1);
      expect(sheet.importantCustomer).toBe(false);
    });
  });

  it('reminded only those who paid late; the big customer got a demand letter this year', () => {
    const { deeds } = aYearOfBusiness();

    expect(deeds.map((d) => [d.on, d.invoiceId, d.action._tag, d.action])).toMatchObject([
      ['2025-05-26', 'GM-2025-0505', 'SendReminder', { level: 1 }],
      ['2025-08-25', 'GM-2025-0804', 'SendReminder', { level: 1 }],
      ['2025-11-24', 'GM-2025-1103', 'SendReminder', { level: 1 }],
      ['2026-02-02', 'GM-2026-0112', 'SendReminder', { level: 1 }],
      ['2026-02-16', 'GM-2026-0112', 'SendReminder', { level: 2, kind: 'demand' }],
      ['2026-03-02', 'GM-2026-0202', 'SendReminder', { level: 1, timing: 'adaptive' }],
    ]);
  });

  it('leaves out of the revenue an invoice older than twelve months', () => {
    const sheet = callSheetOf(OTHER);

    expect(sheet.revenueShare?.debtorInvoiced).toEqual(eur(5 * 968000));
    expect(sheet.creditworthiness).toMatchObject({ paidInvoices: 6, rating: 'A' });
  });
});
