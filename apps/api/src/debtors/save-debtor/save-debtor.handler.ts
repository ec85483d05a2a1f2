import { runDebtorCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { debtorOutcome } from '../../commands/write-results';
import { SaveDebtorCommand } from './save-debtor.command';

@CommandHandler(SaveDebtorCommand)
export class SaveDebtorHandler implements ICommandHandler<SaveDebtorCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, debtorId, body }: SaveDebtorCommand): Promise<WriteOutcome> {
    const result = await runDebtorCommand(
      this.options.stores.events,
      meta.context,
      debtorId,
      { type: 'SaveDebtorProfile', now: this.options.clock.now(), debtorId, ...body },
      meta.run,
    );
    const created =
      result._tag === 'Accepted' && result.events.some((e) => e.type === 'DebtorRegistered');
    return debtorOutcome(result, created);
  }
}
