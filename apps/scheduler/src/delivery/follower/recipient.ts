import { DebtorState, ReminderChannel } from '@debiteur/core';
import { Recipient, UndeliverableReason } from '../reminder-message';

/** How one reminder reaches its debtor, decided from the channel and the debtor as known now. */
export type Addressing =
  | { readonly _tag: 'Deliver'; readonly to: Recipient }
  | { readonly _tag: 'Undeliverable'; readonly reason: UndeliverableReason }
  /** A phone reminder is a call a collector makes: there is no document to deliver. */
  | { readonly _tag: 'NoDocument' };

/**
 * Addresses a reminder: an e-mail reminder goes to the debtor's address, named after the
 * contact person; a letter goes to the debtor for the attention of the contact person. A
 * debtor without an e-mail address on an e-mail reminder, or one never registered, makes
 * the reminder undeliverable (set aside for a person), never a reason to stop the others.
 */
export const addressFor = (channel: ReminderChannel, debtor: DebtorState): Addressing => {
  if (channel === 'phone') return { _tag: 'NoDocument' };
  if (debtor.status !== 'registered') return { _tag: 'Undeliverable', reason: 'debtor-unknown' };
  if (channel === 'post') {
    return {
      _tag: 'Deliver',
      to: { kind: 'postal', name: debtor.name, attention: debtor.contactPerson },
    };
  }
  const address = debtor.email?.trim() ?? '';
  if (address === '') return { _tag: 'Undeliverable', reason: 'no-email-address' };
  return {
    _tag: 'Deliver',
    to: { kind: 'email', address, name: debtor.contactPerson ?? debtor.name },
  };
};
