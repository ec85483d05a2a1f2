import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import { CliRun, runCli } from '../testing/run-cli';

/** A fresh, empty store for one test, and how to get rid of it afterwards. */
export type SyncStore = () => Promise<{ readonly location: string; readonly cleanUp: () => void }>;

const TENANT = 'acme';
const FIRST_RUN = '2026-03-01T09:00:00+01:00';
const LATER_RUN = '2026-03-15T09:00:00+01:00';

/** A Dutch export: semicolons, decimal commas, DD-MM-YYYY, due date or term. */
const ONBOARDING = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Betalingstermijn;Bedrag;Openstaand;Valuta;Omschrijving',
  '2019-0042;bakker;Bakkerij Bakker;12-03-2019;11-04-2019;;1.234,56;1.234,56;EUR;"Onderhoud broodoven; 2e termijn"',
  '2026/0007;jansen;Jansen BV;20-02-2026;;14;500,00;300,00;EUR;Advies',
  'F-2026-0010;jansen;Jansen BV;25-02-2026;;30;121,00;121,00;EUR;Licentie',
].join('\r\n');

/** Two weeks later: 2019-0042 is gone (paid), 2026/0007 partly paid, F-2026-0010 on new terms. */
const TWO_WEEKS_LATER = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Betalingstermijn;Bedrag;Openstaand;Valuta;Omschrijving',
  '2026/0007;jansen;Jansen BV;20-02-2026;;14;500,00;100,00;EUR;Advies',
  'F-2026-0010;jansen;Jansen BV;25-02-2026;10-04-2026;;121,00;121,00;EUR;Licentie',
].join('\r\n');

/** Late on 1 March in UTC, and so on 2 March in Amsterdam: the business date of the run. */
const AFTER_MIDNIGHT_IN_AMSTERDAM = '2026-03-01T23:30:00Z';

/** An export of 2 March that lists an invoice dated that day and one dated the day after. */
const DATED_AFTER_THE_RUN = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'INV-1,c-1,Brown Ltd,2026-03-02,2026-04-01,100.00,100.00',
  'INV-2,c-1,Brown Ltd,2026-03-03,2026-04-02,100.00,100.00',
].join('\n');

/** Two rows for INV-1, the first with an amount that cannot be read. */
const TWO_ROWS_FOR_ONE_INVOICE = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'INV-1,c-1,Brown Ltd,2026-01-10,2026-02-09,12.3.4,100.00',
  'INV-1,c-1,Brown Ltd,2026-01-10,2026-02-09,100.00,100.00',
  'INV-2,c-1,Brown Ltd,2026-01-11,2026-02-10,50.00,50.00',
].join('\n');

/** Two numbers that differ only in case. */
const CASE_VARIANTS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'F-001,c-1,Brown Ltd,2026-01-10,2026-02-09,100.00,100.00',
  'f-001,c-1,Brown Ltd,2026-01-11,2026-02-10,50.00,50.00',
].join('\n');

/** Yen, which have no minor unit, and Kuwaiti dinars, which have three decimals. */
const YEN_AND_DINARS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount,currency',
  'JP-1,c-1,Tanaka KK,2026-01-10,2026-02-09,"150,000",150000,JPY',
  'KW-1,c-2,Al-Sabah Trading,2026-01-10,2026-02-09,1.250,1.250,KWD',
  'JP-2,c-1,Tanaka KK,2026-01-11,2026-02-10,"1500,50",1500,JPY',
].join('\n');

/** An English export with two corrupt rows (3 and 5) between good ones. */
const WITH_CORRUPT_ROWS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount,currency',
  'INV-1,c-1,"Smith, Jones & Co",2026-01-05,2026-02-04,"1,234.56",1234.56,EUR',
  'INV-2,c-1,"Smith, Jones & Co",2026-02-30,2026-03-04,99.95,99.95,EUR',
  'INV-3,c-2,Brown Ltd,2026-01-10,2026-02-09,250.00,200.00,EUR',
  'INV-4,c-2,Brown Ltd,2026-01-11,2026-02-10,12.3.4,10.00,EUR',
].join('\n');

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

const tenantEvents = async (location: string): Promise<RecordedEvent[]> => {
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

    const sync = (csv: string, now: string): Promise<CliRun> => {
      const file = folder.path(`open-items-${now.slice(0, 10)}.csv`);
      writeFileSync(file, csv);
      return runCli([
        'sync',
        '--tenant',
        TENANT,
        '--open-items',
        file,
        '--store',
        location,
        '--now',
        now,
        '--json',
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
        [2, { _tag: 'InvalidAmount', field: 'amount', value: '12.3.4' }],
        [3, { _tag: 'DuplicateInvoiceNumber', firstRow: 2, firstRowRejectedAs: 'InvalidAmount' }],
      ]);
      const events = await tenantEvents(location);
      expect(streamOfNumber(events, 'INV-1')).toBeUndefined();
      expect(streamOfNumber(events, 'INV-2')).toBeDefined();
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
