import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import { CliRun, runCli } from '../testing/run-cli';
import { issueThroughApi, settleThroughApi } from './testing/books';
import {
  CASE_VARIANTS,
  DATED_AFTER_THE_RUN,
  G_1_IN_INSTALMENTS,
  G_1_OPEN,
  K_1_OPEN,
  K_1_SHIFTED,
  LACKS_THE_SHARED_NUMBER,
  LISTS_A_REUSED_NUMBER,
  LISTS_A_SHARED_NUMBER,
  N_1_TO_3,
  N_2_SWALLOWED,
  ONBOARDING,
  REDATED,
  TWO_ROWS_FOR_ONE_INVOICE,
  TWO_WEEKS_LATER,
  WITH_CORRUPT_ROWS,
  YEN_AND_DINARS,
} from './sync.e2e-files';

/** A fresh, empty store for one test, and how to get rid of it afterwards. */
export type SyncStore = () => Promise<{ readonly location: string; readonly cleanUp: () => void }>;

const TENANT = 'acme';
const FIRST_RUN = '2026-03-01T09:00:00+01:00';
const LATER_RUN = '2026-03-15T09:00:00+01:00';

/** Late on 1 March in UTC, and so on 2 March in Amsterdam: the business date of the run. */
const AFTER_MIDNIGHT_IN_AMSTERDAM = '2026-03-01T23:30:00Z';

interface SyncJson {
  readonly issued: number;
  readonly adjusted: number;
  readonly paid: number;
  readonly settled: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly debtorsRegistered: number;
  readonly rejectedRows: readonly {
    readonly row: number;
    readonly problem: { readonly _tag: string };
  }[];
  readonly warnings: readonly {
    readonly row: number;
    readonly invoiceNumber: string;
    readonly warning: { readonly _tag: string };
  }[];
}

const summaryOf = (run: CliRun): SyncJson => JSON.parse(run.stdout.trim()) as SyncJson;

/** Every event of the tenant the sync cases write to, in global order. */
export const tenantEvents = async (location: string): Promise<RecordedEvent[]> => {
  const stores = await openStores(location);
  try {
    const events: RecordedEvent[] = [];
    for await (const event of stores.events.readAll({ filter: { tenantId: TENANT } })) {
      events.push(event);
    }
    return events;
  } finally {
    await stores.close();
  }
};

/** Two invoices issued through the API under ids of their own, both with number F-7. */
const issueTwoInvoicesNumberedF7 = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  try {
    await issueThroughApi(stores.events, 'api-1', 'F-7', 1000);
    await issueThroughApi(stores.events, 'api-2', 'F-7', 2500);
  } finally {
    await stores.close();
  }
};

/** F-7 as the accounting package reuses it: an invoice of 2024, settled, and one of 2026. */
const issueF7In2024AndAgainIn2026 = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  try {
    await issueThroughApi(stores.events, 'api-2024', 'F-7', 1000, { issueDate: '2024-03-01' });
    await settleThroughApi(stores.events, 'api-2024', 1000);
    await issueThroughApi(stores.events, 'api-2026', 'F-7', 2500);
  } finally {
    await stores.close();
  }
};

const dataOf = (event: RecordedEvent | undefined): Record<string, unknown> =>
  (event?.data ?? {}) as Record<string, unknown>;

const streamOfNumber = (events: readonly RecordedEvent[], number: string): string | undefined =>
  events.find((e) => e.type === 'Issued' && dataOf(e)['number'] === number)?.streamId;

const eventsOfNumber = (events: readonly RecordedEvent[], number: string): RecordedEvent[] => {
  const streamId = streamOfNumber(events, number);
  return events.filter((e) => e.streamId === streamId);
};

/** `debiteur sync` as an operator runs it: a process, a CSV file, a store. */
export const describeSync = (name: string, store: SyncStore): void => {
  describe(`debiteur sync against ${name}`, () => {
    const folder = useTempFolder('sync', { per: 'test' });
    let location = '';
    let cleanUp: () => void = () => undefined;

    beforeEach(async () => {
      ({ location, cleanUp } = await store());
    });

    afterEach(() => cleanUp());

    const sync = (
      csv: string,
      now: string,
      output: '--json' | 'line' = '--json',
    ): Promise<CliRun> => {
      const file = folder.path(`open-items-${now.slice(0, 10)}.csv`);
      writeFileSync(file, csv);
      return runCli([
        ...['sync', '--tenant', TENANT, '--open-items', file, '--store', location, '--now', now],
        ...(output === '--json' ? ['--json'] : []),
      ]);
    };

    it('issues old and new invoices with their own dates, a partly paid one with its payment', async () => {
      const run = await sync(ONBOARDING, FIRST_RUN);

      expect(run.code).toBe(0);
      expect(summaryOf(run)).toMatchObject({
        issued: 3,
        paid: 1,
        rejected: 0,
        debtorsRegistered: 2,
      });
      const events = await tenantEvents(location);
      const old = eventsOfNumber(events, '2019-0042');
      expect(old.map((e) => e.type)).toEqual(['Issued']);
      expect(dataOf(old[0])).toMatchObject({
        issueDate: '2019-03-12',
        dueDate: '2019-04-11',
        amount: { amount: 123456, currency: 'EUR' },
        description: 'Onderhoud broodoven; 2e termijn',
      });
      expect(old[0]?.metadata).toMatchObject({
        actor: 'accounting-sync',
        reason: 'accounting sync',
        occurredAt: FIRST_RUN,
      });
      const partlyPaid = eventsOfNumber(events, '2026/0007');
      expect(partlyPaid.map((e) => e.type)).toEqual(['Issued', 'Paid']);
      expect(dataOf(partlyPaid[0])).toMatchObject({
        issueDate: '2026-02-20',
        dueDate: '2026-03-06',
      });
      expect(dataOf(partlyPaid[1])).toMatchObject({
        amount: { amount: 20000, currency: 'EUR' },
        reference: 'accounting sync',
      });
      expect(events.filter((e) => e.type === 'DebtorRegistered')).toHaveLength(2);
    });

    it('changes nothing when the same file is synced twice', async () => {
      await sync(ONBOARDING, FIRST_RUN);
      const before = await tenantEvents(location);

      const again = await sync(ONBOARDING, LATER_RUN);

      expect(again.code).toBe(0);
      expect(summaryOf(again)).toMatchObject({
        issued: 0,
        adjusted: 0,
        paid: 0,
        settled: 0,
        unchanged: 3,
      });
      const after = await tenantEvents(location);
      expect(after.map((e) => e.eventId)).toEqual(before.map((e) => e.eventId));
    });

    it('records new terms, payments and vanished items as events, once', async () => {
      await sync(ONBOARDING, FIRST_RUN);

      const run = await sync(TWO_WEEKS_LATER, LATER_RUN);

      expect(run.code).toBe(0);
      expect(summaryOf(run)).toMatchObject({ adjusted: 1, paid: 1, settled: 1, unchanged: 0 });
      const events = await tenantEvents(location);
      const adjusted = eventsOfNumber(events, 'F-2026-0010').find(
        (e) => e.type === 'TermsAdjusted',
      );
      expect(dataOf(adjusted)).toMatchObject({
        previousDueDate: '2026-03-27',
        dueDate: '2026-04-10',
      });
      expect(adjusted?.metadata).toMatchObject({
        reason: 'accounting sync',
        actor: 'accounting-sync',
      });
      const payment = eventsOfNumber(events, '2026/0007').filter((e) => e.type === 'Paid')[1];
      expect(dataOf(payment)).toMatchObject({ amount: { amount: 20000 }, paidOn: '2026-03-15' });
      const vanished = eventsOfNumber(events, '2019-0042');
      expect(vanished.map((e) => e.type)).toEqual(['Issued', 'Paid']);
      expect(dataOf(vanished[1])).toMatchObject({
        amount: { amount: 123456 },
        reference: 'accounting sync',
      });

      const again = await sync(TWO_WEEKS_LATER, '2026-03-16T09:00:00+01:00');
      expect(summaryOf(again)).toMatchObject({ adjusted: 0, paid: 0, settled: 0, unchanged: 2 });
      expect(await tenantEvents(location)).toHaveLength(events.length);
    });

    it('reports a corrupt row with its row number, skips it and applies the others', async () => {
      const run = await sync(WITH_CORRUPT_ROWS, FIRST_RUN);

      expect(run.code).toBe(1);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 2, paid: 1, rejected: 2 });
      expect(summary.rejectedRows.map((r) => [r.row, r.problem._tag])).toEqual([
        [3, 'InvalidDate'],
        [5, 'InvalidAmount'],
      ]);
      expect(run.stderr).toMatch(/^row 3 \(INV-2\)/m);
      expect(run.stderr).toMatch(/^row 5 \(INV-4\)/m);
      const events = await tenantEvents(location);
      expect(streamOfNumber(events, 'INV-1')).toBeDefined();
      expect(eventsOfNumber(events, 'INV-3').map((e) => e.type)).toEqual(['Issued', 'Paid']);
      expect(streamOfNumber(events, 'INV-2')).toBeUndefined();
    });

    it('reports an invoice dated after the day of --now in Amsterdam as a bad row', async () => {
      const run = await sync(DATED_AFTER_THE_RUN, AFTER_MIDNIGHT_IN_AMSTERDAM);

      expect(run.code).toBe(1);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 1, rejected: 1 });
      expect(summary.rejectedRows).toEqual([
        expect.objectContaining({
          row: 3,
          problem: { _tag: 'IssueDateInFuture', issueDate: '2026-03-03', today: '2026-03-02' },
        }),
      ]);
      expect(run.stderr).toMatch(/^row 3 \(INV-2\): IssueDateInFuture/m);
      const events = await tenantEvents(location);
      expect(streamOfNumber(events, 'INV-1')).toBeDefined();
      expect(streamOfNumber(events, 'INV-2')).toBeUndefined();
    });

    it('applies neither of two rows for one invoice when the first is bad, naming both', async () => {
      const run = await sync(TWO_ROWS_FOR_ONE_INVOICE, FIRST_RUN);

      expect(run.code).toBe(1);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 1, rejected: 2 });
      expect(summary.rejectedRows.map((r) => [r.row, r.problem])).toEqual([
        [2, { _tag: 'DuplicateInvoiceNumber', otherRows: [3], alsoRejectedAs: 'InvalidAmount' }],
        [3, { _tag: 'DuplicateInvoiceNumber', otherRows: [2], alsoRejectedAs: null }],
      ]);
      const events = await tenantEvents(location);
      expect(streamOfNumber(events, 'INV-1')).toBeUndefined();
      expect(streamOfNumber(events, 'INV-2')).toBeDefined();
    });

    it('records no payment from a row whose columns shifted, and says how many fields it has', async () => {
      await sync(K_1_OPEN, FIRST_RUN);
      const before = await tenantEvents(location);

      const run = await sync(K_1_SHIFTED, LATER_RUN);

      expect(run.code).toBe(1);
      expect(summaryOf(run)).toMatchObject({ paid: 0, settled: 0, rejected: 1 });
      expect(summaryOf(run).rejectedRows.map((r) => [r.row, r.problem._tag])).toEqual([
        [2, 'MalformedRow'],
      ]);
      expect(run.stderr).toMatch(/^row 2 \(K-1\): MalformedRow: .*9 fields.*header has 7/m);
      expect(await tenantEvents(location)).toHaveLength(before.length);
    });

    it('settles no invoice whose row a quote left open swallowed, naming the lines', async () => {
      await sync(N_1_TO_3, FIRST_RUN);
      const before = await tenantEvents(location);

      const run = await sync(N_2_SWALLOWED, LATER_RUN);

      expect(run.code).toBe(1);
      expect(summaryOf(run)).toMatchObject({ settled: 0, paid: 0, unchanged: 1, rejected: 1 });
      expect(run.stderr).toMatch(/^row 2 \(N-1\): MalformedRow: .*lines 2–3/m);
      expect(run.stderr).toMatch(/NOT settled/);
      expect(await tenantEvents(location)).toHaveLength(before.length);
    });

    it('records nothing for an invoice listed on two rows, naming both', async () => {
      await sync(G_1_OPEN, FIRST_RUN);
      const before = await tenantEvents(location);

      const run = await sync(G_1_IN_INSTALMENTS, LATER_RUN);

      expect(run.code).toBe(1);
      expect(summaryOf(run)).toMatchObject({ paid: 0, settled: 0, rejected: 2 });
      expect(run.stderr).toMatch(/^row 2 \(G-1\): DuplicateInvoiceNumber: .*row 3/m);
      expect(run.stderr).toMatch(/^row 3 \(G-1\): DuplicateInvoiceNumber: .*row 2/m);
      expect(await tenantEvents(location)).toHaveLength(before.length);
    });

    it('issues two numbers that differ only in case as two invoices, warning of each', async () => {
      const run = await sync(CASE_VARIANTS, FIRST_RUN);

      expect(run.code).toBe(0);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 2, rejected: 0 });
      expect(summary.warnings.map((w) => [w.row, w.invoiceNumber, w.warning._tag])).toEqual([
        [2, 'F-001', 'CaseVariantNumber'],
        [3, 'f-001', 'CaseVariantNumber'],
      ]);
      expect(run.stderr).toMatch(/^warning: row 2 \(F-001\): CaseVariantNumber/m);
      expect(run.stderr).toMatch(/^warning: row 3 \(f-001\): CaseVariantNumber/m);
      const events = await tenantEvents(location);
      expect(streamOfNumber(events, 'F-001')).not.toEqual(streamOfNumber(events, 'f-001'));

      const again = await sync(CASE_VARIANTS, LATER_RUN);
      expect(summaryOf(again)).toMatchObject({ issued: 0, unchanged: 2 });
    });

    it('counts the warnings on the summary line', async () => {
      const run = await sync(CASE_VARIANTS, FIRST_RUN, 'line');

      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(
        'issued 2, adjusted 0, paid 0, settled 0, unchanged 0, rejected 0, warnings 2, debtors registered 1',
      );
    });

    it('refuses a row for a number two invoices carry, naming both, and applies the others', async () => {
      await issueTwoInvoicesNumberedF7(location);

      const run = await sync(LISTS_A_SHARED_NUMBER, FIRST_RUN);

      expect(run.code).toBe(1);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 1, paid: 0, settled: 0, rejected: 1 });
      expect(summary.rejectedRows.map((r) => [r.row, r.problem])).toEqual([
        [2, { _tag: 'NumberHeldByInvoices', invoiceIds: ['api-1', 'api-2'] }],
      ]);
      expect(run.stderr).toMatch(/^row 2 \(F-7\): NumberHeldByInvoices/m);
      const events = await tenantEvents(location);
      expect(events.filter((e) => e.type === 'Paid')).toEqual([]);

      const again = await sync(LISTS_A_SHARED_NUMBER, LATER_RUN);
      expect(summaryOf(again)).toMatchObject({ issued: 0, unchanged: 1, rejected: 1 });
      expect(await tenantEvents(location)).toHaveLength(events.length);
    });

    it('reconciles a row with the one invoice of its number still being collected', async () => {
      await issueF7In2024AndAgainIn2026(location);

      const run = await sync(LISTS_A_REUSED_NUMBER, FIRST_RUN);

      expect(run.code).toBe(0);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ issued: 1, paid: 1, rejected: 0 });
      expect(summary.warnings).toEqual([]);
      const events = await tenantEvents(location);
      const paid = events.filter(
        (e) => e.type === 'Paid' && e.metadata.actor === 'accounting-sync',
      );
      expect(paid.map((e) => [e.streamId, dataOf(e)['amount']])).toEqual([
        [expect.stringContaining('api-2026'), { amount: 2100, currency: 'EUR' }],
      ]);

      const again = await sync(LISTS_A_REUSED_NUMBER, LATER_RUN);
      expect(summaryOf(again)).toMatchObject({ paid: 0, unchanged: 2, rejected: 0 });
      expect(await tenantEvents(location)).toHaveLength(events.length);
    });

    it('settles every open invoice whose number vanished, also two with one number', async () => {
      await issueTwoInvoicesNumberedF7(location);

      const run = await sync(LACKS_THE_SHARED_NUMBER, FIRST_RUN);

      expect(run.code).toBe(0);
      expect(summaryOf(run)).toMatchObject({ issued: 1, settled: 2 });
      const events = await tenantEvents(location);
      const paid = events.filter((e) => e.type === 'Paid');
      expect(paid.map((e) => [e.streamId, dataOf(e)['amount']])).toEqual([
        [expect.stringContaining('api-1'), { amount: 1000, currency: 'EUR' }],
        [expect.stringContaining('api-2'), { amount: 2500, currency: 'EUR' }],
      ]);

      const again = await sync(LACKS_THE_SHARED_NUMBER, LATER_RUN);
      expect(summaryOf(again)).toMatchObject({ settled: 0, unchanged: 1 });
      expect(await tenantEvents(location)).toHaveLength(events.length);
    });

    it('warns of an invoice date that differs from the one held, and applies the rest', async () => {
      await sync(ONBOARDING, FIRST_RUN);

      const run = await sync(REDATED, LATER_RUN);

      expect(run.code).toBe(0);
      const summary = summaryOf(run);
      expect(summary).toMatchObject({ paid: 1, unchanged: 2, rejected: 0 });
      expect(summary.warnings).toEqual([
        expect.objectContaining({
          row: 3,
          invoiceNumber: '2026/0007',
          warning: {
            _tag: 'IssueDateDiffers',
            stored: '2026-02-20',
            inFile: '2026-02-21',
            byTerm: { paymentTermDays: 14, dueDateHeld: '2026-03-06', dueDateInFile: '2026-03-07' },
          },
        }),
      ]);
      expect(run.stderr).toMatch(/^warning: row 3 \(2026\/0007\): IssueDateDiffers/m);
      const events = eventsOfNumber(await tenantEvents(location), '2026/0007');
      expect(events.map((e) => e.type)).toEqual(['Issued', 'Paid', 'Paid']);
      expect(dataOf(events[0])).toMatchObject({ issueDate: '2026-02-20' });
    });

    it('reads yen and dinars in their own minor units, and the books write them back so', async () => {
      const run = await sync(YEN_AND_DINARS, FIRST_RUN);

      expect(summaryOf(run)).toMatchObject({ issued: 2, rejected: 1 });
      expect(summaryOf(run).rejectedRows.map((r) => [r.row, r.problem._tag])).toEqual([
        [4, 'InvalidAmount'],
      ]);
      const events = await tenantEvents(location);
      const amounts = ['JP-1', 'KW-1'].map((number) => dataOf(eventsOfNumber(events, number)[0]));
      expect(amounts.map((data) => data['amount'])).toEqual([
        { amount: 150000, currency: 'JPY' },
        { amount: 1250, currency: 'KWD' },
      ]);
      const books = await runCli([
        ...['replay', '--projection', 'call-sheet', '--tenant', TENANT, '--store', location],
        ...['--format', 'csv'],
      ]);
      expect(books.code).toBe(0);
      const [header = '', ...rows] = books.stdout.trim().split('\n');
      const column = (row: string, name: string) => row.split(',')[header.split(',').indexOf(name)];
      expect(rows.map((row) => [column(row, 'totalOutstanding'), column(row, 'currency')])).toEqual(
        [
          ['150000', 'JPY'],
          ['1.250', 'KWD'],
        ],
      );
    });
  });
};
