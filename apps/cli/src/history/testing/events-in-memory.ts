import { RecordedEvent } from '@debiteur/eventstore';
import { EventFilter, EventSource, passesFilter } from '../../analyst/event-source';

/** A source over events held in memory, read as a JSONL file is (no stores). */
export const eventsInMemory = (events: readonly RecordedEvent[]): EventSource => {
  const passing = (filter: EventFilter = {}) => events.filter((e) => passesFilter(e, filter));
  return {
    description: 'memory',
    stores: null,
    async *events(filter) {
      yield* passing(filter);
    },
    async *pages(filter) {
      const page = passing(filter);
      if (page.length > 0) yield page;
    },
    count: (filter) => Promise.resolve(passing(filter).length),
    holdsTenant: (tenantId) => Promise.resolve(passing({ tenantId }).length > 0),
    close: () => Promise.resolve(),
  };
};
