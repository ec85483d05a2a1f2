import { DebtorEvent, DebtorKind } from '../debtor/debtor.events';
import { removedDetails } from '../debtor/contact-details';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { debtorStreamId } from '../envelope/stream-id';
import { DebtorId, TenantId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { Projection } from './projection';
import { debtorEventOf } from './report-events';
import {
  emptyTenantTables,
  PlacedRow,
  rowOf,
  TenantTables,
  tenantIdsOf,
  tenantTablesOf,
  withRow,
} from './tenant-tables';

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
  readonly tenants: TenantTables<DebtorContact>;
}

export const initialDebtorDirectoryState: DebtorDirectoryState = { tenants: emptyTenantTables };

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
    case 'ContactDetailsRemoved':
      return { ...contact, ...removedDetails(event.data.removed), version };
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
 * A debtor's contact after one recorded event: a debtor enters with its registration and
 * follows its detail and contact-person changes and removals; other events, and events redelivered at or
 * below the version already folded, leave the contact as it is (the same object). Pure and
 * per debtor, so a replay may keep the contacts in a map of its own.
 */
export const debtorContactAfter = (
  contact: DebtorContact | undefined,
  envelope: EventEnvelope<DomainEvent>,
): DebtorContact | undefined => {
  const event = debtorEventOf(envelope);
  if (event === null) return contact;
  return nextContact(contact, event, envelope.metadata.streamVersion) ?? contact;
};

/** Folds one recorded event into the directory (see `debtorContactAfter`). */
export const applyToDebtorDirectory = (
  state: DebtorDirectoryState,
  envelope: EventEnvelope<DomainEvent>,
): DebtorDirectoryState => {
  const { tenantId, streamId } = envelope.metadata;
  const contact = rowOf(state.tenants, tenantId, streamId);
  const next = debtorContactAfter(contact, envelope);
  return next === contact || next === undefined
    ? state
    : { tenants: withRow(state.tenants, tenantId, streamId, next) };
};

/** The directory holding `contacts` (tenant, debtor stream id, contact), built in one pass. */
export const debtorDirectoryOf = (
  contacts: Iterable<PlacedRow<DebtorContact>>,
): DebtorDirectoryState => ({ tenants: tenantTablesOf(contacts) });

/** Every tenant with a registered debtor. */
export const directoryTenants = (state: DebtorDirectoryState): readonly TenantId[] =>
  tenantIdsOf(state.tenants);

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
  rowOf(state.tenants, tenantId, debtorStreamId(tenantId, debtorId)) ?? null;
