/**
 * Child process of the peak-RSS figure: reads a whole SQLite file, through the adapter's
 * readAll or through a raw SELECT, sampling its own RSS as it goes, and prints one JSON
 * line (RssReport). A process of its own, so nothing else the run holds counts.
 *
 * Usage: tsx read-all-rss.script.ts <file> <adapter|raw> <expected events>
 */
import Database from 'better-sqlite3';
import { openSqliteEventStore } from '@debiteur/store-sqlite';
import { highWaterMb } from '../../process-usage';
import { RssReport, SAMPLE_EVERY } from './rss-report';

const MB = 2 ** 20;

async function* rawEvents(path: string): AsyncGenerator<unknown> {
  const db = new Database(path, { readonly: true });
  try {
    const select = db.prepare<[], { data: string; metadata: string }>(
      `SELECT position, event_id, stream_id, stream_version, type, schema_version, data, metadata,
              recorded_at FROM events ORDER BY position`,
    );
    for (const row of select.iterate()) yield [JSON.parse(row.data), JSON.parse(row.metadata)];
  } finally {
    db.close();
  }
}

const main = async (): Promise<void> => {
  const [path, mode, expectedText] = process.argv.slice(2);
  if (path === undefined || (mode !== 'adapter' && mode !== 'raw')) {
    throw new Error('usage: read-all-rss.script.ts <file> <adapter|raw> <expected events>');
  }
  const expected = Number(expectedText ?? '0');
  const store = mode === 'adapter' ? openSqliteEventStore({ path }) : null;
  const events = store === null ? rawEvents(path) : store.readAll();
  const step = Math.max(SAMPLE_EVERY, Math.floor(expected / 20));
  const beforeMb = process.memoryUsage.rss() / MB;
  const trace: { read: number; rssMb: number }[] = [];
  let peakMb = beforeMb;
  let read = 0;
  const start = process.hrtime.bigint();
  for await (const event of events) {
    read += event === undefined ? 0 : 1;
    if (read % SAMPLE_EVERY === 0) {
      const rssMb = process.memoryUsage.rss() / MB;
      peakMb = Math.max(peakMb, rssMb);
      if (read % step === 0) trace.push({ read, rssMb });
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await store?.close();
  const report: RssReport = {
    mode,
    events: read,
    seconds,
    beforeMb,
    peakMb,
    highWaterMb: highWaterMb(),
    trace,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
