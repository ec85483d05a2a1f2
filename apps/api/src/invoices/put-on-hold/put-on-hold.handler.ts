import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { PutOnHoldCommand } from './put-on-hold.command';

/** Puts the invoice on hold (stories 3 and 6): no reminders go out until it is released. */
@CommandHandler(PutOnHoldCommand)
export class PutOnHoldHandler implements ICommandHandler<PutOnHoldCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: PutOnHoldCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.note ?? body.reason),
      invoiceId,
      { type: 'PutOnHold', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
