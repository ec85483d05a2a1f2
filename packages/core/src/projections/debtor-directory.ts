import { DebtorEvent, DebtorKind } from '../debtor/debtor.events';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { debtorStreamId } from '../envelope/stream-id';
import { DebtorId, TenantId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { BucketedTable, emptyTable, tableGet, tableSet } from './bucketed-table';
import { Projection } from './projection';
import { debtorEventOf } from './report-events';

/** Who to ask for at a debtor, and how to reach them: the head of the call sheet. */
export interface DebtorContact {
  readonly debtorId: DebtorId;
  readonly name: NonEmptyText;
  readonly kind: DebtorKind;
  readonly contactPerson: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** The stream version folded last; a redelivered event at or below it is ignored. */
  readonly version: number;
}

/** Per tenant, every registered debtor keyed by its stream id. */
export interface DebtorDirectoryState {
  readonly tenants: Readonly<Record<string, BucketedTable<DebtorContact>>>;
}

export const initialDebtorDirectoryState: DebtorDirectoryState = { tenants: {} };

const nextContact = (
  contact: DebtorContact | undefined,
  event: DebtorEvent,
  version: number,
): DebtorContact | null => {
  if (contact !== undefined && version <= contact.version) return null;
  if (event.type === 'DebtorRegistered') {
    const { debtorId, name, kind, contactPerson, email, phone } = event.data;
    return {
      debtorId,
      name,
      kind,
      contactPerson: contactPerson ?? null,
      email: email ?? null,
      phone: phone ?? null,
      version,
    };
  }
  if (contact === undefined) return null;
  switch (event.type) {
    case 'DebtorDetailsChanged': {
      const { name, kind, email, phone } = event.data;
      return {
        ...contact,
        name: name ?? contact.name,
        kind: kind ?? contact.kind,
        email: email ?? contact.email,
        phone: phone ?? contact.phone,
        version,
      };
    }
    case 'ContactPersonChanged':
      return { ...contact, contactPerson: event.data.contactPerson, version };
    case 'PaymentTermAgreed':
    case 'ReminderOffsetOverridden':
      return { ...contact, version };
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return null;
    }
  }
};

/**
 * Folds one recorded event into the directory: a debtor enters with its registration and
 * follows its detail and contact-person changes; other events, and events redelivered at or
 * below the version already folded, leave the directory as it is.
 */
export const applyToDebtorDirectory = (
  state: DebtorDirectoryState,
  envelope: EventEnvelope<DomainEvent>,
): DebtorDirectoryState => {
  const event = debtorEventOf(envelope);
  if (event === null) return state;
  const { tenantId, streamId, streamVersion } = envelope.metadata;
  const table = state.tenants[tenantId] ?? emptyTable;
  const next = nextContact(tableGet(table, streamId), event, streamVersion);
  return next === null
    ? state
    : { tenants: { ...state.tenants, [tenantId]: tableSet(table, streamId, next) } };
};

/** The debtors' names and contact details, per tenant, from the debtor streams. */
export const debtorDirectory: Projection<DebtorDirectoryState> = {
  name: 'debtor-directory',
  initialState: initialDebtorDirectoryState,
  apply: applyToDebtorDirectory,
};

/** A debtor's contact details; null when the debtor was never registered. */
export const debtorContact = (
  state: DebtorDirectoryState,
  tenantId: TenantId,
  debtorId: DebtorId,
): DebtorContact | null =>
  tableGet(state.tenants[tenantId] ?? emptyTable, debtorStreamId(tenantId, debtorId)) ?? null;
