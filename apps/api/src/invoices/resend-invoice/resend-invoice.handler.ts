import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { ResendInvoiceCommand } from './resend-invoice.command';

/** Sends the invoice again (story 1), with the payment link. */
@CommandHandler(ResendInvoiceCommand)
export class ResendInvoiceHandler implements ICommandHandler<ResendInvoiceCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: ResendInvoiceCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, undefined),
      invoiceId,
      { type: 'ResendInvoice', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
