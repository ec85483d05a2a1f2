import { InMemoryEventStore } from '@debiteur/eventstore';
import { invoiceIdForNumber } from './sync-event-ids';
import { allEvents, issueThroughApi, syncAt, TENANT } from './testing/books';

const FIRST = '2026-03-02T09:00:00+01:00';
const NEXT = '2026-03-03T09:00:00+01:00';

/** The id `2024/17` is issued under when nothing holds it, as a number of its own. */
const ID_OF_2024_17 = invoiceIdForNumber('2024/17');

const row = (number: string): string =>
  `${number};k1;Klant Een;2026-02-01;2026-03-03;10,00;10,00;EUR`;

const streamsByNumber = async (events: InMemoryEventStore): Promise<Record<string, string>> =>
  Object.fromEntries(
    (await allEvents(events))
      .filter((e) => e.type === 'Issued')
      .map((e) => [(e.data as { number: string }).number, e.streamId]),
  );

describe('The accounting sync, issuing a number that is the id of another invoice', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;

  beforeEach(() => {
    events = new InMemoryEventStore();
    sync = syncAt(events);
  });

  it('issues it under the hashed form when the API issued under that id', async () => {
    await issueThroughApi(events, 'F-5', '2026-0005', 1000);

    const outcome = await sync(FIRST, row('2026-0005'), row('F-5'));

    expect(outcome.rejected).toEqual([]);
    expect(outcome.counts).toMatchObject({ issued: 1, unchanged: 1 });
    expect(await streamsByNumber(events)).toEqual({
      '2026-0005': `invoice:${TENANT}:F-5`,
      'F-5': expect.stringMatching(/^invoice:acme:inv-F-5-[0-9a-f]{8}$/),
    });
  });

  it('issues it under an id of its own when an earlier row of the run took its id', async () => {
    const outcome = await sync(FIRST, row('2024/17'), row(ID_OF_2024_17));

    expect(outcome.rejected).toEqual([]);
    expect(outcome.counts).toMatchObject({ issued: 2 });
    expect(await streamsByNumber(events)).toEqual({
      '2024/17': `invoice:${TENANT}:${ID_OF_2024_17}`,
      [ID_OF_2024_17]: expect.stringMatching(
        new RegExp(`^invoice:acme:inv-${ID_OF_2024_17}-[0-9a-f]{8}$`),
      ),
    });
  });

  it('issues it under an id of its own when an earlier run took its id, and then leaves both', async () => {
    await sync(FIRST, row('2024/17'));

    const outcome = await sync(NEXT, row('2024/17'), row(ID_OF_2024_17));
    const count = (await allEvents(events)).length;
    const again = await sync('2026-03-04T09:00:00+01:00', row('2024/17'), row(ID_OF_2024_17));

    expect(outcome.rejected).toEqual([]);
    expect(outcome.counts).toMatchObject({ issued: 1, unchanged: 1 });
    expect(again.counts).toMatchObject({ issued: 0, unchanged: 2, rejected: 0 });
    expect(await allEvents(events)).toHaveLength(count);
  });
});
