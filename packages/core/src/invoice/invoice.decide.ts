import { InvoiceCommand } from './invoice.commands';
import { decideAgreeArrangement, decideDefaultArrangement } from './invoice.decide-arrangements';
import {
  decideHandOverToCollection,
  decideLogContact,
  decideResendInvoice,
  decideWriteOff,
} from './invoice.decide-case';
import { decideApplyCreditNote, decideRecordPayment } from './invoice.decide-payments';
import { decideAdjustTerms, decideIssueInvoice } from './invoice.decide-terms';
import {
  decideBreakPromise,
  decidePromisePayment,
  decidePutOnHold,
  decideReleaseHold,
  decideSendReminder,
} from './invoice.decide-workflow';
import { Decision, reject } from './invoice.guards';
import { InvoiceState } from './invoice.state';

/**
 * Decides a command against an invoice's state: the events that record it, or a typed
 * rejection. "Today" is the Europe/Amsterdam date of the command's `now`. Only `IssueInvoice`
 * works on an unissued invoice; settled and written-off invoices refuse all but logging a
 * contact and, when settled, recording a payment.
 */
export const decide = (command: InvoiceCommand, state: InvoiceState): Decision => {
  switch (command.type) {
    case 'IssueInvoice':
      return decideIssueInvoice(command, state);
    case 'AdjustTerms':
      return decideAdjustTerms(command, state);
    case 'SendReminder':
      return decideSendReminder(command, state);
    case 'PutOnHold':
      return decidePutOnHold(command, state);
    case 'ReleaseHold':
      return decideReleaseHold(command, state);
    case 'PromisePayment':
      return decidePromisePayment(command, state);
    case 'BreakPromise':
      return decideBreakPromise(command, state);
    case 'RecordPayment':
      return decideRecordPayment(command, state);
    case 'ApplyCreditNote':
      return decideApplyCreditNote(command, state);
    case 'ResendInvoice':
      return decideResendInvoice(command, state);
    case 'LogContact':
      return decideLogContact(command, state);
    case 'AgreeArrangement':
      return decideAgreeArrangement(command, state);
    case 'DefaultArrangement':
      return decideDefaultArrangement(command, state);
    case 'HandOverToCollection':
      return decideHandOverToCollection(command, state);
    case 'WriteOff':
      return decideWriteOff(command, state);
    default: {
      // An unknown command type from an untyped caller is refused, not thrown on.
      const _exhaustive: never = command;
      void _exhaustive;
      return state.status === 'unissued'
        ? reject({ _tag: 'NotIssued' })
        : reject({ _tag: 'InvoiceClosed', status: state.status });
    }
  }
};
