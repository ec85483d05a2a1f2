import { removedDetails } from './contact-details';
import { DebtorEvent } from './debtor.events';
import { DebtorState, RegisteredDebtor, UnregisteredDebtor } from './debtor.state';

type DebtorEventOf<K extends DebtorEvent['type']> = Extract<DebtorEvent, { type: K }>;

export const initialDebtorState: DebtorState = {
  status: 'unregistered',
} satisfies UnregisteredDebtor;

const registered = (event: DebtorEventOf<'DebtorRegistered'>): RegisteredDebtor => ({
  status: 'registered',
  debtorId: event.data.debtorId,
  name: event.data.name,
  kind: event.data.kind,
  contactPerson: event.data.contactPerson ?? null,
  email: event.data.email ?? null,
  phone: event.data.phone ?? null,
  companySize: event.data.companySize ?? null,
  paymentTermDays: null,
  reminderOffsetDays: null,
});

const evolveRegistered = (
  state: RegisteredDebtor,
  event: Exclude<DebtorEvent, DebtorEventOf<'DebtorRegistered'>>,
): RegisteredDebtor => {
  switch (event.type) {
    case 'DebtorDetailsChanged':
      return {
        ...state,
        name: event.data.name ?? state.name,
        kind: event.data.kind ?? state.kind,
        email: event.data.email ?? state.email,
        phone: event.data.phone ?? state.phone,
        companySize: event.data.companySize ?? state.companySize,
      };
    case 'ContactPersonChanged':
      return { ...state, contactPerson: event.data.contactPerson };
    case 'ContactDetailsRemoved':
      return { ...state, ...removedDetails(event.data.removed) };
    case 'PaymentTermAgreed':
      return { ...state, paymentTermDays: event.data.paymentTermDays };
    case 'ReminderOffsetOverridden':
      return { ...state, reminderOffsetDays: event.data.reminderOffsetDays };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/**
 * Folds one event into a debtor's state. Events other than a registration cannot reach an
 * unregistered debtor through `decide`; should a stream hold one anyway, it is ignored.
 */
export const evolveDebtor = (state: DebtorState, event: DebtorEvent): DebtorState => {
  if (event.type === 'DebtorRegistered') return registered(event);
  return state.status === 'registered' ? evolveRegistered(state, event) : state;
};
