import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { AgreeArrangementCommand } from './agree-arrangement.command';

/** Agrees an installment plan (story 9): regular reminders stop, installments are tracked. */
@CommandHandler(AgreeArrangementCommand)
export class AgreeArrangementHandler implements ICommandHandler<
  AgreeArrangementCommand,
  WriteOutcome
> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: AgreeArrangementCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, undefined),
      invoiceId,
      { type: 'AgreeArrangement', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
