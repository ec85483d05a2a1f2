import { businessDateOf } from '@debiteur/core';
import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceTermWarnings } from '../../commands/term-warnings';
import { loadClaimParties } from '../../streams/stream-readers';
import { invoiceOutcome } from '../../commands/write-results';
import { AdjustTermsCommand, dueByOf } from './adjust-terms.command';

/**
 * Moves the due date (story 5): a new due date or a payment term in days from the issue
 * date, with the reason. The answer carries `warnings` on the term (art. 6:119a BW); the
 * term is recorded as asked, never silently changed.
 */
@CommandHandler(AdjustTermsCommand)
export class AdjustTermsHandler implements ICommandHandler<AdjustTermsCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: AdjustTermsCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.reason),
      invoiceId,
      { type: 'AdjustTerms', now, dueBy: dueByOf(body) },
      meta.run,
    );
    const outcome = invoiceOutcome(invoiceId, result);
    if (result._tag === 'Rejected' || result.state.status === 'unissued') return outcome;
    const { events } = this.options.stores;
    const parties = await loadClaimParties(events, meta.context.tenantId, result.state.debtorId);
    const warnings = invoiceTermWarnings(result.state, parties, businessDateOf(now));
    return { ...outcome, body: { ...outcome.body, warnings } };
  }
}
