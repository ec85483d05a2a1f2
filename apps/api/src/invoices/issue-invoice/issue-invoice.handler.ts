import { runInvoiceCommand } from '@debiteur/application';
import { DueBy, paymentTermFor } from '@debiteur/core';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceTermWarnings } from '../../commands/term-warnings';
import { invoiceOutcome } from '../../commands/write-results';
import { ClaimParties, loadClaimParties } from '../../streams/stream-readers';
import { IssueInvoiceCommand } from './issue-invoice.command';

/** The debtor's agreed term, else the tenant's default (an unknown debtor gets the default). */
const agreedTerm = ({ debtor, tenant }: ClaimParties): DueBy => ({
  paymentTermDays: paymentTermFor(debtor.status === 'registered' ? debtor : null, tenant),
});

@CommandHandler(IssueInvoiceCommand)
export class IssueInvoiceHandler implements ICommandHandler<IssueInvoiceCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, body }: IssueInvoiceCommand): Promise<WriteOutcome> {
    const { dueDate, ...fields } = body;
    const parties = await loadClaimParties(
      this.options.stores.events,
      meta.context.tenantId,
      body.debtorId,
    );
    const dueBy: DueBy = dueDate === undefined ? agreedTerm(parties) : { dueDate };
    const result = await runInvoiceCommand(
      this.options.stores.events,
      meta.context,
      body.invoiceId,
      { type: 'IssueInvoice', now: this.options.clock.now(), ...fields, dueBy },
      meta.run,
    );
    const outcome = invoiceOutcome(body.invoiceId, result, 201);
    const warnings = invoiceTermWarnings(result.state, parties, body.issueDate);
    return {
      ...outcome,
      body: { ...outcome.body, warnings },
      headers: { Location: `/invoices/${encodeURIComponent(body.invoiceId)}` },
    };
  }
}
