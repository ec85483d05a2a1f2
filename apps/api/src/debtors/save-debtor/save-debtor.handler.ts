import { businessDateOf } from '@debiteur/core';
import { runDebtorCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { termWarnings } from '../../commands/term-warnings';
import { debtorOutcome } from '../../commands/write-results';
import { loadPolicy } from '../../streams/stream-readers';
import { SaveDebtorCommand } from './save-debtor.command';

/**
 * Registers a debtor or records what changed. When the body agrees a payment term or states
 * the company size, the answer carries `warnings` on the debtor's agreed term for a business
 * (art. 6:119a BW; none while no term is agreed); the term is kept as asked.
 */
@CommandHandler(SaveDebtorCommand)
export class SaveDebtorHandler implements ICommandHandler<SaveDebtorCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, debtorId, body }: SaveDebtorCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runDebtorCommand(
      this.options.stores.events,
      meta.context,
      debtorId,
      { type: 'SaveDebtorProfile', now, debtorId, ...body },
      meta.run,
    );
    const created =
      result._tag === 'Accepted' && result.events.some((e) => e.type === 'DebtorRegistered');
    const outcome = debtorOutcome(result, created);
    const checks = body.paymentTermDays !== undefined || body.companySize !== undefined;
    if (result._tag === 'Rejected' || !checks) return outcome;
    const term = result.state.status === 'registered' ? result.state.paymentTermDays : null;
    const tenant = (await loadPolicy(this.options.stores.events, meta.context.tenantId)).state;
    const warnings =
      term === null
        ? []
        : termWarnings(term, { debtor: result.state, tenant: tenant.policy }, businessDateOf(now));
    return { ...outcome, body: { ...outcome.body, warnings } };
  }
}
