import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { RecordPaymentCommand } from './record-payment.command';

/** Records money received; partial payments are several payments. */
@CommandHandler(RecordPaymentCommand)
export class RecordPaymentHandler implements ICommandHandler<RecordPaymentCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: RecordPaymentCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, undefined),
      invoiceId,
      { type: 'RecordPayment', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
