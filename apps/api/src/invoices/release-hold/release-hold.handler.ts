import { runInvoiceCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { contextWithReason } from '../../commands/with-reason';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { ReleaseHoldCommand } from './release-hold.command';

/** Releases the hold; the reminder workflow resumes where it was. */
@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: ReleaseHoldCommand): Promise<WriteOutcome> {
    const now = this.options.clock.now();
    const result = await runInvoiceCommand(
      this.options.stores.events,
      contextWithReason(meta, body.note),
      invoiceId,
      { type: 'ReleaseHold', now, ...body },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
