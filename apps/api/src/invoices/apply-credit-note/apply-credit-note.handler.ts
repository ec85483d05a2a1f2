import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { ApplyCreditNoteCommand } from './apply-credit-note.command';

/** Applies a credit note (story 3); it releases a hold awaiting it. */
@CommandHandler(ApplyCreditNoteCommand)
export class ApplyCreditNoteHandler implements ICommandHandler<
  ApplyCreditNoteCommand,
  WriteOutcome
> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: ApplyCreditNoteCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, undefined),
      invoiceId,
      { type: 'ApplyCreditNote', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
