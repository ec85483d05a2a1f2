import { runInvoiceCommand } from '@debiteur/application';
import { collectionCostsVatOf } from '@debiteur/core';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { DomainRejected } from '../../http/api-errors';
import { loadClaimParties, loadInvoice } from '../../streams/stream-readers';
import { HandOverCommand } from './hand-over.command';

/**
 * Hands an invoice over with the debtor's kind read from its stream, so the decider charges
 * the right interest (consumer or commercial) and applies the 14-day-letter rule to a
 * consumer, with the tenant's VAT on the costs when it cannot deduct it. An unregistered
 * debtor's invoice is handed over without costs or interest.
 */
@CommandHandler(HandOverCommand)
export class HandOverHandler implements ICommandHandler<HandOverCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: HandOverCommand): Promise<WriteOutcome> {
    const { events } = this.options.stores;
    const tenantId = meta.context.tenantId;
    const invoice = await loadInvoice(events, tenantId, invoiceId);
    if (invoice.state.status === 'unissued') {
      throw new DomainRejected('invoice', { _tag: 'NotIssued' });
    }
    const { debtor, tenant } = await loadClaimParties(events, tenantId, invoice.state.debtorId);
    const costsVat = collectionCostsVatOf(tenant);
    const kind = debtor.status === 'registered' ? { debtorKind: debtor.kind } : {};
    const result = await runInvoiceCommand(
      events,
      meta.context,
      invoiceId,
      {
        type: 'HandOverToCollection',
        now: this.options.clock.now(),
        ...(body.agency === undefined ? {} : { agency: body.agency }),
        ...(body.costs === undefined ? {} : { costs: body.costs }),
        ...kind,
        ...(costsVat === null ? {} : { costsVat }),
      },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
