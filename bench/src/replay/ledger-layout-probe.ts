/**
 * `pnpm bench:ledger-layout`: how much of the replay's fold is the ledger entry's layout. The
 * same generated events (default 1,000,000; `--events N`) are read from one SQLite file
 * through `readAllPages` and folded, each variant in a fresh child process:
 *
 * - `core`: the replay's own reports fold (`ReportsFold`: the core's ledger entries folded in
 *   place, their strings shared, ADR 0017), handed over as the reports state;
 * - `flat-16`: a probe entry of 16 flat fields (numbers and strings, no nested objects), one
 *   copy per event: a lower bound for a compact layout, not a ledger (it keeps no movements,
 *   holds or promises);
 * - `flat-28`: the same probe padded to the core entry's 28 fields.
 *
 * It reports seconds and the heap still used after a full GC, as a ratio to `core`. A probe
 * for the next design step (docs/cli.md, "Performance"), not a product figure.
 */
import { openStores } from '@debiteur/application';
import {
  DebiteurEvent,
  EventEnvelope,
  ledgerEntries,
  LedgerState,
  ledgerTenants,
} from '@debiteur/core';
import { decodeTrustedRecordedEvent } from '@debiteur/eventstore';
import { createSqliteFile, loadSqlite, openRawSqlite } from '../stores/sqlite/raw-sqlite';
import { ReportsFold } from '../../../apps/cli/src/replay/reports-fold';
import { tempFolder } from '../stores/temp-folder';
import { MILLION_EVENTS, portfolioEvents } from './replay-portfolio';
import { runScriptInChild } from './script-in-child';

const VARIANTS = ['core', 'flat-16', 'flat-28'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * The probe's flat entry as the `Issued` event opens it: 16 fields of numbers and strings.
 * Built by a class, so every field sits inside the object (V8 sizes instances by their
 * fields; a spread plus added fields would put the extra ones outside and slow every copy).
 */
class FlatEntry {
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly currency: string;
  readonly amount: number;
  readonly paid: number = 0;
  readonly credited: number = 0;
  readonly reminders: number = 0;
  readonly contacts: number = 0;
  readonly promisesKept: number = 0;
  readonly promisesBroken: number = 0;
  readonly settledOn: string | null = null;
  readonly status: number = 0;
  readonly lastMovedOn: string | null = null;

  constructor(
    data: Record<string, unknown>,
    readonly version: number,
  ) {
    const amount = data['amount'] as { amount: number; currency: string };
    this.invoiceId = String(data['invoiceId']);
    this.debtorId = String(data['debtorId']);
    this.issueDate = String(data['issueDate']);
    this.dueDate = String(data['dueDate']);
    this.currency = amount.currency;
    this.amount = amount.amount;
  }
}

/** The same entry padded with 12 numbers to the core entry's width (28 fields). */
class PaddedFlatEntry extends FlatEntry {
  readonly p1 = 0;
  readonly p2 = 0;
  readonly p3 = 0;
  readonly p4 = 0;
  readonly p5 = 0;
  readonly p6 = 0;
  readonly p7 = 0;
  readonly p8 = 0;
  readonly p9 = 0;
  readonly p10 = 0;
  readonly p11 = 0;
  readonly p12 = 0;
}

const flatAfter = (entry: FlatEntry, envelope: EventEnvelope<DebiteurEvent>): FlatEntry => {
  const version = envelope.metadata.streamVersion;
  const { event } = envelope;
  switch (event.type) {
    case 'Paid': {
      const paid = entry.paid + event.data.amount.amount;
      const settled = paid + entry.credited >= entry.amount;
      const on = event.data.paidOn;
      return { ...entry, version, paid, lastMovedOn: on, settledOn: settled ? on : null };
    }
    case 'ReminderSent':
      return { ...entry, version, reminders: entry.reminders + 1 };
    case 'ContactLogged':
      return { ...entry, version, contacts: entry.contacts + 1 };
    case 'PromiseKept':
      return { ...entry, version, promisesKept: entry.promisesKept + 1 };
    case 'PromiseBroken':
      return { ...entry, version, promisesBroken: entry.promisesBroken + 1 };
    default:
      return { ...entry, version };
  }
};

const invoicesIn = (ledger: LedgerState): number =>
  ledgerTenants(ledger).reduce((sum, tenant) => sum + ledgerEntries(ledger, tenant).length, 0);

/** One variant's fold over the file; prints `{ seconds, heapMb, invoices }`. */
const runVariant = async (path: string, variant: Variant): Promise<void> => {
  const stores = await openStores(`sqlite:${path}`);
  const started = process.hrtime.bigint();
  const core = new ReportsFold();
  const flat = new Map<string, FlatEntry>();
  for await (const page of stores.events.readAllPages({ batchSize: 1_000 })) {
    for (const recorded of page) {
      const decoded = decodeTrustedRecordedEvent(recorded);
      if (decoded._tag === 'Left') continue;
      const envelope = decoded.right;
      const { streamId } = envelope.metadata;
      if (variant === 'core') {
        core.apply(envelope);
      } else if (!streamId.startsWith('invoice:')) {
        continue;
      } else if (envelope.event.type === 'Issued') {
        const data = envelope.event.data as unknown as Record<string, unknown>;
        const { streamVersion } = envelope.metadata;
        const Entry = variant === 'flat-28' ? PaddedFlatEntry : FlatEntry;
        flat.set(streamId, new Entry(data, streamVersion));
      } else {
        const entry = flat.get(streamId);
        if (entry !== undefined) flat.set(streamId, flatAfter(entry, envelope));
      }
    }
  }
  const state = variant === 'core' ? core.state() : null;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (global.gc === undefined) throw new Error('the probe needs --expose-gc to measure the heap');
  global.gc();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  process.stdout.write(
    `${JSON.stringify({ seconds, heapMb, invoices: state === null ? flat.size : invoicesIn(state.ledger) })}\n`,
  );
  await stores.close();
};

const eventsOption = (): number => {
  const at = process.argv.indexOf('--events');
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value === undefined || !Number.isFinite(value) ? MILLION_EVENTS.events : value;
};

const runner = async (): Promise<void> => {
  const shape = { ...MILLION_EVENTS, events: eventsOption() };
  const folder = tempFolder();
  try {
    const path = folder.file('layout.db');
    process.stderr.write(`Seeding ${shape.events} events into SQLite\n`);
    await createSqliteFile(path);
    const db = openRawSqlite(path, false);
    loadSqlite(db, portfolioEvents(shape));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const rows: string[] = [];
    let core: { seconds: number; heapMb: number } | null = null;
    for (const variant of VARIANTS) {
      process.stderr.write(`Folding: ${variant}\n`);
      // --expose-gc reaches the fold: it runs in the child itself, not in a tsx CLI child.
      const result = await runScriptInChild<{ seconds: number; heapMb: number; invoices: number }>(
        __filename,
        ['--variant', variant, path],
        ['--expose-gc'],
      );
      core ??= result;
      rows.push(
        `| ${variant} | ${result.invoices.toLocaleString('en-US')} | ${result.seconds.toFixed(2)} s | ` +
          `${(result.seconds / core.seconds).toFixed(2)} | ${result.heapMb.toFixed(0)} MB | ` +
          `${(result.heapMb / core.heapMb).toFixed(2)} |`,
      );
    }
    process.stdout.write(
      [
        `Ledger layout probe — ${new Date().toISOString()}, ${shape.events.toLocaleString('en-US')} events`,
        '',
        '| fold | invoices | read + fold | × core | heap after GC | × core |',
        '|---|---:|---:|---:|---:|---:|',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    folder.remove();
  }
};

const at = process.argv.indexOf('--variant');
const main =
  at < 0 ? runner() : runVariant(process.argv[at + 2] ?? '', process.argv[at + 1] as Variant);
main.catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
