import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { LogContactCommand } from './log-contact.command';

/** Logs a call or e-mail with the debtor and its outcome. */
@CommandHandler(LogContactCommand)
export class LogContactHandler implements ICommandHandler<LogContactCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: LogContactCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.note),
      invoiceId,
      { type: 'LogContact', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
