import { RecordedEvent } from '@debiteur/eventstore';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { allEvents } from '../analyst/testing/expected-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const folder = useTempFolder('import-in-batches', { per: 'describe' });

const TARGETS: readonly Target[] = [
  {
    name: 'SQLite',
    design: 'a group of appends made at once, committed in call order, ADR 0038',
    newStore: (name) => Promise.resolve(`sqlite:${folder.path(`${name}.db`)}`),
  },
  {
    name: 'PostgreSQL',
    design: 'a batch of runs in one transaction, ADR 0039',
    newStore: () => server().createDatabase(),
    // `"<transaction>:<position>"`
    commitOf: (event) => event.globalPosition.split(':')[0] ?? '',
  },
];

/** Each event as `[eventId, streamId, streamVersion]`, in the order given. */
const idsOf = (events: readonly RecordedEvent[]): string[] =>
  events.map((e) => JSON.stringify([e.eventId, e.streamId, e.streamVersion]));

const linesOf = (path: string): string[] => readFileSync(path, 'utf8').trim().split('\n');

const fileEvents = (lines: readonly string[]): RecordedEvent[] =>
  lines.map((line) => JSON.parse(line) as RecordedEvent);

const countsOf = (stdout: string): Record<string, number> =>
  JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;

/** How many runs of consecutive events of one stream the events make. */
const runsOf = (events: readonly RecordedEvent[]): number =>
  events.filter((event, k) => events[k - 1]?.streamId !== event.streamId).length;

/** A store the import writes into, and what tells its commits apart. */
interface Target {
  readonly name: string;
  readonly design: string;
  /** A new, empty store of this kind, named after the test. */
  readonly newStore: (name: string) => Promise<string>;
  /** The commit an event was stored in, where its position tells (PostgreSQL, ADR 0007). */
  readonly commitOf?: (event: RecordedEvent) => string;
}

/** The index of the second event of the first run of two or more events of one stream. */
const insideFirstLongRun = (events: readonly RecordedEvent[]): number =>
  events.findIndex((event, k) => k > 0 && events[k - 1]?.streamId === event.streamId);

describe.each(TARGETS)('debiteur import into $name ($design)', ({ name, newStore, commitOf }) => {
  let portfolio: string;
  let lines: string[];
  beforeAll(async () => {
    portfolio = folder.path(`${name}-portfolio.jsonl`);
    const generated = await runCli([
      'generate',
      ...['--tenants', '2', '--debtors', '40', '--invoices', '800', '--seed', '5'],
      ...['--out', `jsonl:${portfolio}`],
    ]);
    expect(generated.code).toBe(0);
    lines = linesOf(portfolio);
    // More runs than one group or transaction carries (256), so the import makes several batches.
    expect(runsOf(fileEvents(lines))).toBeGreaterThan(2 * 256);
  });

  it('stores every event of the file in the file’s global order, and a second import changes nothing', async () => {
    const store = await newStore(`${name}-in-order`);

    const run = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    expect(run.stderr).toContain(`${lines.length} events appended`);
    expect(run.code).toBe(0);
    expect(countsOf(run.stdout)).toMatchObject({ appended: lines.length, alreadyThere: 0 });
    const stored = await allEvents(store);
    expect(idsOf(stored)).toEqual(idsOf(fileEvents(lines)));
    if (commitOf !== undefined) {
      // Many runs share a transaction: far fewer commits than runs.
      expect(new Set(stored.map(commitOf)).size).toBeLessThan(runsOf(fileEvents(lines)) / 10);
    }

    const again = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    expect(again.code).toBe(0);
    expect(countsOf(again.stdout)).toMatchObject({
      appended: 0,
      alreadyThere: lines.length,
      inStore: lines.length,
    });
    expect((await allEvents(store)).map((e) => e.globalPosition)).toEqual(
      stored.map((e) => e.globalPosition),
    );
  });

  it('stops at a stream the target holds otherwise, writing none of its later runs on top', async () => {
    const events = fileEvents(lines);
    // A stream whose first event is a run of its own, with a later run of the stream within
    // the next 50 lines: two runs of one stream, which a batch must not hold both of.
    const first = events.findIndex(
      (event, k) =>
        event.streamVersion === 1 &&
        events[k + 1]?.streamId !== event.streamId &&
        events.slice(k + 2, k + 50).some((later) => later.streamId === event.streamId),
    );
    expect(first).toBeGreaterThan(0);
    const streamId = events[first]?.streamId;
    const theirs = folder.path(`${name}-theirs.jsonl`);
    writeFileSync(theirs, `${JSON.stringify({ ...events[first], eventId: 'theirs-1' })}\n`);
    const store = await newStore(`${name}-conflict`);
    expect((await runCli(['import', '--format', 'jsonl', theirs, '--store', store])).code).toBe(0);

    const run = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${portfolio}:${first + 1}: ${streamId}@1: `);
    const stored = await allEvents(store);
    expect(stored.filter((e) => e.streamId === streamId).map((e) => e.eventId)).toEqual([
      'theirs-1',
    ]);
    // Everything before the refused run is stored, in the file's order.
    expect(idsOf(stored.slice(1, first + 1))).toEqual(idsOf(events.slice(0, first)));
  });

  it('finishes a run an earlier import stored in part, and every later run of its stream', async () => {
    const events = fileEvents(lines);
    const cut = insideFirstLongRun(events);
    expect(cut).toBeGreaterThan(0);
    const prefix = folder.path(`${name}-prefix.jsonl`);
    writeFileSync(prefix, `${lines.slice(0, cut).join('\n')}\n`);
    const store = await newStore(`${name}-resumed`);
    const first = await runCli(['import', '--format', 'jsonl', prefix, '--store', store]);
    expect(first.code).toBe(0);

    const run = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    expect(run.code).toBe(0);
    expect(countsOf(run.stdout)).toMatchObject({
      appended: lines.length - cut,
      alreadyThere: cut,
      inStore: lines.length,
    });
    const stored = await allEvents(store);
    expect([...idsOf(stored)].sort()).toEqual([...idsOf(events)].sort());
    // Each stream holds the file's events in the file's version order.
    const versionsOf = (list: readonly RecordedEvent[], streamId: string | undefined) =>
      list.filter((e) => e.streamId === streamId).map((e) => e.eventId);
    const cutStream = events[cut]?.streamId;
    expect(versionsOf(stored, cutStream)).toEqual(versionsOf(events, cutStream));
  });
});
