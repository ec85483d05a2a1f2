import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { PromisePaymentCommand } from './promise-payment.command';

/** Records a payment promise (story 7): reminders pause until the promised date plus grace. */
@CommandHandler(PromisePaymentCommand)
export class PromisePaymentHandler implements ICommandHandler<PromisePaymentCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: PromisePaymentCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.note),
      invoiceId,
      { type: 'PromisePayment', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
