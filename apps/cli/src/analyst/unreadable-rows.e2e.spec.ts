import { makeEvent } from '@debiteur/eventstore/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { runCli } from '../testing/run-cli';
import { appendOneEvent } from './testing/append-one-event';
import { seedFirstBooks } from './testing/seed-books';
import { withoutActor } from './testing/without-actor';

jest.setTimeout(120_000);

/** A payment on F-5 whose metadata has no actor: the SQLite table's CHECK lets it in. */
const paymentWithoutActor = withoutActor(
  makeEvent({
    eventId: 'no-actor',
    type: 'Paid',
    tenantId: 'acme',
    data: { amount: { amount: 50_00, currency: 'EUR' }, paidOn: '2026-03-01' },
  }),
);

const ROW_LEFT_OUT =
  'invoice:acme:F-5 version 2 (Paid) does not decode: ' +
  '[{"path":"metadata.actor","message":"not a string"}]; it is left out (run debiteur verify)\n';

describe('The read commands on a SQLite store with a row that does not read back', () => {
  const folder = useTempFolder('unreadable-rows', { per: 'describe' });
  let store: string;
  /** What each command printed before the row was added. */
  let sound: Record<string, string>;
  const commands: Record<string, string[]> = {
    replay: ['replay', '--projection', 'all', '--format', 'jsonl'],
    'history of another invoice': ['history', 'F-1', '--tenant', 'acme'],
    "history of the row's invoice": ['history', 'F-5', '--tenant', 'acme'],
  };
  const run = (name: string) => runCli([...(commands[name] ?? []), '--store', store]);

  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    sound = {};
    for (const name of Object.keys(commands)) {
      const before = await run(name);
      expect({ code: before.code, stderr: before.stderr }).toEqual({ code: 0, stderr: '' });
      sound[name] = before.stdout;
    }
    await appendOneEvent(store, 'invoice:acme:F-5', paymentWithoutActor, 1);
  });

  it('replay leaves the row out and counts it as undecodable: the books as before it', async () => {
    const replay = await run('replay');

    expect(replay.code).toBe(0);
    expect(replay.stdout).toBe(sound['replay']);
    expect(replay.stderr).toMatch(/, 1 undecodable \(run debiteur verify\)\n$/);
  });

  it.each([
    [
      'history of another invoice',
      'shows it whole, and says a row of another was passed over',
      "Passed over 1 row of acme's other invoices that does not read back as events while " +
        'looking up the invoice (run debiteur verify)\n',
    ],
    ["history of the row's invoice", 'names the row and leaves it out', ROW_LEFT_OUT],
  ])('%s %s', async (name, _what, stderr) => {
    const history = await run(name);

    expect(history).toEqual({ code: 0, signal: null, stdout: sound[name], stderr });
  });
});
