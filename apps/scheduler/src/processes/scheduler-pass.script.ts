import { openStores, TestClock } from '@debiteur/application';
import { instant } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { createInterface } from 'node:readline';
import { createScheduler } from '../scheduler/create-scheduler';

/**
 * A scheduler process for the multi-process tests: `scheduler-pass.script.ts <store> <asOf,…>`.
 * Prints `ready`, waits for `go` on stdin, runs one pass as of each instant in turn, printing
 * `acted <stream> <action>` after every accepted command and `summary <json>` after each pass.
 */
const main = async (): Promise<void> => {
  const [location, asOfList] = process.argv.slice(2);
  if (location === undefined || asOfList === undefined) throw new Error('usage: <store> <asOf,…>');
  const instants = asOfList.split(',').map((text) => {
    const parsed = instant(text);
    if (E.isLeft(parsed)) throw new Error(`not an instant: ${text}`);
    return parsed.right;
  });
  const stores = await openStores(location);
  const first = instants[0];
  if (first === undefined) throw new Error('no instant given');
  const scheduler = createScheduler({
    stores,
    clock: new TestClock(first),
    options: { concurrency: 2 },
    logger: {
      info: () => undefined,
      error: (obj, msg) =>
        process.stderr.write(`${msg ?? 'error'} ${String(JSON.stringify(obj))}\n`),
    },
    onActed: (ref, action) => process.stdout.write(`acted ${ref.streamId} ${action}\n`),
  });
  process.stdout.write('ready\n');
  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) =>
    input.on('line', (line) => {
      if (line.trim() === 'go') resolve();
    }),
  );
  input.close();
  for (const asOf of instants) {
    const summary = await scheduler.runPassAsOf(asOf);
    process.stdout.write(`summary ${JSON.stringify(summary)}\n`);
  }
  await scheduler.stop();
  await stores.close();
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
