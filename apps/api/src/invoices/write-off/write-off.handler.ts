import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { WriteOffCommand } from './write-off.command';

/**
 * Writes off an open or handed-over invoice: what it still owes will not be collected, and
 * the reason is written on the `WrittenOff` event. Money that arrives later is a recovery
 * (docs/adr/0026).
 */
@CommandHandler(WriteOffCommand)
export class WriteOffHandler implements ICommandHandler<WriteOffCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: WriteOffCommand): Promise<WriteOutcome> {
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.reason),
      invoiceId,
      { type: 'WriteOff', now: this.options.clock.now() },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
