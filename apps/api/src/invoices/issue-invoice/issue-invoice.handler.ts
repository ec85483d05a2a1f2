import { runInvoiceCommand } from '@debiteur/application';
import { DueBy, paymentTermFor } from '@debiteur/core';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceTermWarnings, loadTermParties } from '../../commands/term-warnings';
import { invoiceOutcome } from '../../commands/write-results';
import { loadDebtor, loadPolicy } from '../../streams/stream-readers';
import { IssueInvoiceBody, IssueInvoiceCommand } from './issue-invoice.command';

@CommandHandler(IssueInvoiceCommand)
export class IssueInvoiceHandler implements ICommandHandler<IssueInvoiceCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, body }: IssueInvoiceCommand): Promise<WriteOutcome> {
    const { dueDate, ...fields } = body;
    const dueBy: DueBy =
      dueDate === undefined ? await this.agreedTerm(meta.context.tenantId, body) : { dueDate };
    const result = await runInvoiceCommand(
      this.options.stores.events,
      meta.context,
      body.invoiceId,
      { type: 'IssueInvoice', now: this.options.clock.now(), ...fields, dueBy },
      meta.run,
    );
    const outcome = invoiceOutcome(body.invoiceId, result, 201);
    const parties = await loadTermParties(
      this.options.stores.events,
      meta.context.tenantId,
      body.debtorId,
    );
    const warnings = invoiceTermWarnings(result.state, parties, body.issueDate);
    return {
      ...outcome,
      body: { ...outcome.body, warnings },
      headers: { Location: `/invoices/${encodeURIComponent(body.invoiceId)}` },
    };
  }

  /** The debtor's agreed term, else the tenant's default (an unknown debtor gets the default). */
  private async agreedTerm(
    tenantId: Parameters<typeof loadPolicy>[1],
    body: IssueInvoiceBody,
  ): Promise<DueBy> {
    const events = this.options.stores.events;
    const [debtor, policy] = await Promise.all([
      loadDebtor(events, tenantId, body.debtorId),
      loadPolicy(events, tenantId),
    ]);
    const agreed = debtor.state.status === 'registered' ? debtor.state : null;
    return { paymentTermDays: paymentTermFor(agreed, policy.state.policy) };
  }
}
