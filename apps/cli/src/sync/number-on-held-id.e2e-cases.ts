import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import { CliRun, runCli } from '../testing/run-cli';
import { SyncStore, tenantEvents } from './sync.e2e-cases';
import { issueThroughApi } from './testing/books';

const TENANT = 'acme';
const FIRST_RUN = '2026-03-01T09:00:00+01:00';
const LATER_RUN = '2026-03-15T09:00:00+01:00';

/** Issued through the API under id F-5, with number 2026-0005. */
const API_INVOICE = { id: 'F-5', number: '2026-0005', streamId: 'invoice:acme:F-5' } as const;

/** The API's invoice as it stands, and a new invoice numbered F-5: the API invoice's id. */
const NUMBERED_AS_AN_ID_HELD = [
  'invoice_number;debtor_id;debtor_name;invoice_date;due_date;amount;open_amount',
  '2026-0005;k1;Klant Een;01-02-2026;03-03-2026;10,00;10,00',
  'F-5;D1;Acme;20-01-2026;19-02-2026;250,00;250,00',
].join('\n');

const issueApiInvoice = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  try {
    await issueThroughApi(stores.events, API_INVOICE.id, API_INVOICE.number, 1000);
  } finally {
    await stores.close();
  }
};

const streamOfNumber = (events: readonly RecordedEvent[], number: string): string | undefined =>
  events.find(
    (e) => e.type === 'Issued' && (e.data as Record<string, unknown>)['number'] === number,
  )?.streamId;

const eventIdsOfStream = (events: readonly RecordedEvent[], streamId: string): string[] =>
  events.filter((e) => e.streamId === streamId).map((e) => e.eventId);

/**
 * `debiteur sync` on a file with a new invoice whose number is the id another invoice of the
 * tenant was issued under through the API.
 */
export const describeNumberOnHeldId = (name: string, store: SyncStore): void => {
  describe(`debiteur sync against ${name}, of a new number that is another invoice's id`, () => {
    const folder = useTempFolder('sync-held-id', { per: 'test' });
    let location = '';
    let cleanUp: () => void = () => undefined;

    beforeEach(async () => {
      ({ location, cleanUp } = await store());
      await issueApiInvoice(location);
    });

    afterEach(() => cleanUp());

    const sync = (now: string): Promise<CliRun> => {
      const file = folder.path(`open-items-${now.slice(0, 10)}.csv`);
      writeFileSync(file, NUMBERED_AS_AN_ID_HELD);
      return runCli([
        ...['sync', '--tenant', TENANT, '--open-items', file, '--store', location],
        ...['--now', now, '--json'],
      ]);
    };

    it('issues the new invoice under an id of its own and leaves the other alone', async () => {
      const before = await tenantEvents(location);

      const run = await sync(FIRST_RUN);

      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ issued: 1, unchanged: 1, rejected: 0 });
      const after = await tenantEvents(location);
      expect(streamOfNumber(after, 'F-5')).toMatch(/^invoice:acme:inv-F-5-[0-9a-f]{8}$/);
      expect(streamOfNumber(after, API_INVOICE.number)).toBe(API_INVOICE.streamId);
      expect(eventIdsOfStream(after, API_INVOICE.streamId)).toEqual(
        eventIdsOfStream(before, API_INVOICE.streamId),
      );
    });

    it('changes nothing when the same file is synced again', async () => {
      await sync(FIRST_RUN);
      const before = await tenantEvents(location);

      const again = await sync(LATER_RUN);

      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ issued: 0, unchanged: 2, rejected: 0 });
      expect((await tenantEvents(location)).map((e) => e.eventId)).toEqual(
        before.map((e) => e.eventId),
      );
    });
  });
};
