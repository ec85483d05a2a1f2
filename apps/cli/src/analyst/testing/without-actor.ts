import { EventToAppend } from '@debiteur/eventstore';

/**
 * The event with metadata that has no `actor`: the SQLite table's json_valid CHECK lets it
 * in, and the store cannot read it back as an event (StoredRowUnreadable).
 */
export const withoutActor = (event: EventToAppend): EventToAppend => {
  const metadata = { ...event.metadata };
  Reflect.deleteProperty(metadata, 'actor');
  return { ...event, metadata };
};
