import { CalendarDate, daysBetween } from '../shared/calendar-date';
import { Money, zero } from '../shared/money';
import { latestMovementOn, owed, plus } from './invoice.amounts';
import { InvoiceEvent, InvoiceEventOf } from './invoice.events';
import { arrangementAfterHold, promiseAfterHold } from './invoice.queries';
import {
  CollectionCharges,
  FinalNotice,
  InvoiceFacts,
  InvoiceState,
  IssuedInvoice,
} from './invoice.state';

/** Before its `Issued` event an invoice is nothing but a reserved stream. */
export const initialState: InvoiceState = { status: 'unissued' };

const issuedFrom = ({ data }: InvoiceEventOf<'Issued'>): IssuedInvoice => ({
  status: 'open',
  invoiceId: data.invoiceId,
  debtorId: data.debtorId,
  number: data.number,
  issueDate: data.issueDate,
  dueDate: data.dueDate,
  paymentTermDays: data.paymentTermDays,
  description: data.description,
  paymentLink: data.paymentLink ?? null,
  amount: data.amount,
  paid: zero(data.amount.currency),
  payments: [],
  credited: zero(data.amount.currency),
  outstanding: data.amount,
  creditBalance: zero(data.amount.currency),
  lastMovedOn: null,
  remindersSent: [],
  finalNotices: [],
  collection: null,
  hold: null,
  promise: null,
  arrangement: null,
  resentCount: 0,
  contactCount: 0,
});

const finalNoticeOf = (
  data: InvoiceEventOf<'ReminderSent'>['data'],
  principal: Money,
): FinalNotice => ({
  level: data.level,
  channel: data.channel,
  sentOn: data.sentOn,
  statedCosts: data.statedCosts ?? null,
  deadline: data.deadline ?? null,
  principal,
});

/** What a hand-over charged; null when it recorded neither costs nor interest (older events). */
const collectionOf = (
  state: IssuedInvoice,
  data: InvoiceEventOf<'HandedOverToCollection'>['data'],
): CollectionCharges | null => {
  const { costs, interest } = data;
  if (costs === undefined && interest === undefined) return null;
  const none = zero(state.amount.currency);
  return {
    handedOverOn: data.handedOverOn,
    costs: costs?.currency === state.amount.currency ? costs : none,
    interest: interest?.currency === state.amount.currency ? interest : none,
    principal: state.outstanding,
    paidBefore: state.paid,
    creditedBefore: state.credited,
  };
};

/** The facts without the status-specific fields, to move an invoice to another status. */
const factsOf = (state: IssuedInvoice): InvoiceFacts => {
  switch (state.status) {
    case 'open': {
      const { status: _status, ...facts } = state;
      return facts;
    }
    case 'settled': {
      const { status: _status, settledOn: _on, ...facts } = state;
      return facts;
    }
    case 'handed-over': {
      const { status: _status, handedOverOn: _on, ...facts } = state;
      return facts;
    }
    case 'written-off': {
      const { status: _status, writtenOffOn: _on, ...facts } = state;
      return facts;
    }
  }
};

/**
 * Money moved: recompute what is owed; paying it all settles the invoice and ends its pauses.
 * The settlement is dated by the latest movement, not the last one recorded: a backdated
 * final payment does not make the invoice look paid sooner than the payments before it.
 */
const withMoney = (
  state: IssuedInvoice,
  kind: 'paid' | 'credited',
  amount: Money,
  on: CalendarDate,
): IssuedInvoice => {
  // A foreign amount can only come from a hand-made stream; it moves nothing (see amounts).
  if (amount.currency !== state.amount.currency) return state;
  const paid = kind === 'paid' ? plus(state.paid, amount) : state.paid;
  const credited = kind === 'credited' ? plus(state.credited, amount) : state.credited;
  const lastMovedOn = latestMovementOn(state.lastMovedOn, on);
  const next = {
    ...state,
    paid,
    credited,
    lastMovedOn,
    outstanding: owed(state.amount, paid, credited),
  };
  const settles =
    (next.status === 'open' || next.status === 'handed-over') && next.outstanding.amount === 0;
  return settles
    ? {
        ...factsOf(next),
        status: 'settled',
        settledOn: lastMovedOn,
        promise: null,
        arrangement: null,
      }
    : next;
};

const evolveIssued = (state: IssuedInvoice, event: InvoiceEvent): IssuedInvoice => {
  switch (event.type) {
    case 'Issued':
      return state;
    case 'TermsAdjusted': {
      const { dueDate, paymentTermDays } = event.data;
      return {
        ...state,
        dueDate,
        paymentTermDays: paymentTermDays ?? daysBetween(state.issueDate, dueDate),
      };
    }
    case 'ReminderSent':
      return {
        ...state,
        remindersSent: [...state.remindersSent, event.data],
        finalNotices:
          event.data.kind === 'final-notice'
            ? [...state.finalNotices, finalNoticeOf(event.data, state.outstanding)]
            : state.finalNotices,
      };
    case 'PutOnHold': {
      const { reason, since, note } = event.data;
      return { ...state, hold: { reason, since, note: note ?? null } };
    }
    case 'HoldReleased':
      return {
        ...state,
        hold: null,
        promise: promiseAfterHold(state.promise, state.hold, event.data.releasedOn),
        arrangement: arrangementAfterHold(state, event.data.releasedOn),
      };
    case 'PaymentPromised': {
      const { promisedDate, promisedOn, amount } = event.data;
      const paidBefore = state.paid;
      const promise = { promisedDate, promisedOn, amount: amount ?? null, paidBefore, heldDays: 0 };
      return { ...state, promise };
    }
    case 'PromiseKept':
    case 'PromiseBroken':
      return { ...state, promise: null };
    case 'Paid': {
      const { amount, paidOn } = event.data;
      const moved = withMoney(state, 'paid', amount, paidOn);
      return moved === state
        ? state
        : { ...moved, payments: [...state.payments, { amount, paidOn }] };
    }
    case 'CreditNoteApplied':
      return withMoney(state, 'credited', event.data.amount, event.data.appliedOn);
    case 'CreditBalanceRecorded':
      return { ...state, creditBalance: plus(state.creditBalance, event.data.amount) };
    case 'InvoiceResent':
      return {
        ...state,
        resentCount: state.resentCount + 1,
        paymentLink: event.data.paymentLink ?? state.paymentLink,
      };
    case 'ContactLogged':
      return { ...state, contactCount: state.contactCount + 1 };
    case 'ArrangementAgreed': {
      const { installments, agreedOn } = event.data;
      const arrangement = { installments, agreedOn, paidBefore: state.paid, heldDays: 0 };
      return { ...state, arrangement, promise: null };
    }
    case 'ArrangementDefaulted':
      return { ...state, arrangement: null };
    case 'HandedOverToCollection':
      return state.status === 'open'
        ? {
            ...factsOf(state),
            status: 'handed-over',
            handedOverOn: event.data.handedOverOn,
            collection: collectionOf(state, event.data),
          }
        : state;
    case 'WrittenOff':
      // As a settlement does, the write-off ends a live promise and arrangement (docs/adr/0026).
      return state.status === 'open' || state.status === 'handed-over'
        ? {
            ...factsOf(state),
            status: 'written-off',
            writtenOffOn: event.data.writtenOffOn,
            promise: null,
            arrangement: null,
          }
        : state;
    default: {
      // An event type this version does not know changes nothing rather than throwing.
      const _exhaustive: never = event;
      void _exhaustive;
      return state;
    }
  }
};

/**
 * Folds one event into an invoice's state. Total: it never throws, ignores events that
 * cannot apply (anything before `Issued`, a second `Issued`), and settles the invoice on the
 * payment or credit note that leaves nothing owed. A written-off invoice keeps what was
 * owed in `outstanding`; its status says it is no longer collected.
 */
export const evolve = (state: InvoiceState, event: InvoiceEvent): InvoiceState => {
  if (state.status === 'unissued') return event.type === 'Issued' ? issuedFrom(event) : state;
  return evolveIssued(state, event);
};
