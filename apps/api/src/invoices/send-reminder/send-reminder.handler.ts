import { runInvoiceCommand } from '@debiteur/application';
import { collectionCostsVatOf, effectiveLadder, ReminderPolicy } from '@debiteur/core';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { invoiceOutcome } from '../../commands/write-results';
import { DomainRejected } from '../../http/api-errors';
import { loadDebtor, loadInvoice, loadPolicy } from '../../streams/stream-readers';
import { SendReminderCommand } from './send-reminder.command';

const vatOf = (policy: ReminderPolicy) => {
  const costsVat = collectionCostsVatOf(policy);
  return costsVat === null ? {} : { costsVat };
};

@CommandHandler(SendReminderCommand)
export class SendReminderHandler implements ICommandHandler<SendReminderCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, invoiceId, body }: SendReminderCommand): Promise<WriteOutcome> {
    const { events } = this.options.stores;
    const tenantId = meta.context.tenantId;
    const invoice = await loadInvoice(events, tenantId, invoiceId);
    if (invoice.state.status === 'unissued')
      throw new DomainRejected('invoice', { _tag: 'NotIssued' });
    const [debtor, policy] = await Promise.all([
      loadDebtor(events, tenantId, invoice.state.debtorId),
      loadPolicy(events, tenantId),
    ]);
    const ladder = effectiveLadder(
      policy.state.policy,
      debtor.state.status === 'registered' ? debtor.state : null,
    );
    const rung = ladder.find((step) => step.level === body.level);
    if (rung === undefined) {
      throw new DomainRejected('invoice', { _tag: 'InvalidLevel', level: body.level });
    }
    if (rung.kind === 'hand-over') {
      throw new DomainRejected('invoice', { _tag: 'HandOverIsNotAReminder', level: body.level });
    }
    const result = await runInvoiceCommand(
      events,
      meta.context,
      invoiceId,
      {
        type: 'SendReminder',
        now: this.options.clock.now(),
        level: rung.level,
        kind: rung.kind,
        channel: body.channel ?? rung.channel,
        ...(body.statedCosts === undefined ? {} : { statedCosts: body.statedCosts }),
        ...(body.deadline === undefined ? {} : { deadline: body.deadline }),
        ...vatOf(policy.state.policy),
      },
      meta.run,
    );
    return invoiceOutcome(invoiceId, result);
  }
}
