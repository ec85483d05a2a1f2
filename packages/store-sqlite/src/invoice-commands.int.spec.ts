import { InvoiceCommand } from '@debiteur/core';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import {
  at,
  date,
  eur,
  invoiceStream,
  issueCommand,
  runInvoiceCommand,
} from './testing/invoice-fixtures';
import { TempFolder, tempFolder } from './testing/temp-folder';

const streamId = invoiceStream('INV-7');
const run = (store: SqliteEventStore, command: InvoiceCommand, actor = 'laura') =>
  runInvoiceCommand(store, 'INV-7', command, actor);

describe('The invoice decider through the command shell on a SQLite file', () => {
  let folder: TempFolder;
  let store: SqliteEventStore;

  beforeEach(async () => {
    folder = tempFolder();
    store = await openSqliteEventStore({ path: folder.path() });
  });

  afterEach(async () => {
    await store.close();
    folder.remove();
  });

  const issue = issueCommand('INV-7', 'korenschoof', '2026-03-02');

  it('appends the decided events and folds them back after reopening the file', async () => {
    await run(store, issue, 'import');
    const payment = await run(store, {
      type: 'RecordPayment',
      now: at('2026-03-20T12:00:00+01:00'),
      amount: eur(21_00),
      paidOn: date('2026-03-20'),
    });
    expect(payment._tag).toBe('Accepted');
    await store.close();

    store = await openSqliteEventStore({ path: folder.path() });
    const recorded = await store.readStream(streamId);
    expect(recorded.map((e) => [e.type, e.streamVersion, e.metadata.actor])).toEqual([
      ['Issued', 1, 'import'],
      ['Paid', 2, 'laura'],
    ]);
    const reminder = await run(store, {
      type: 'SendReminder',
      now: at('2026-03-24T09:00:00+01:00'),
      level: 1,
      kind: 'reminder',
      channel: 'email',
    });
    expect(reminder._tag === 'Accepted' && reminder.state).toMatchObject({
      status: 'open',
      outstanding: { amount: 100_00, currency: 'EUR' },
      remindersSent: [{ level: 1 }],
    });
  });

  it('returns a rejection as a value and appends nothing', async () => {
    await run(store, issue);
    const early = await run(store, {
      type: 'SendReminder',
      now: at('2026-03-10T09:00:00+01:00'),
      level: 1,
      kind: 'reminder',
      channel: 'email',
    });
    expect(early._tag === 'Rejected' && early.error).toMatchObject({ _tag: 'NotYetDue' });
    expect(await store.streamVersion(streamId)).toBe(1);
  });

  it('lets exactly one of two racing schedulers send reminder level 1', async () => {
    await run(store, issue);
    const sendLevelOne: InvoiceCommand = {
      type: 'SendReminder',
      now: at('2026-03-24T09:00:00+01:00'),
      level: 1,
      kind: 'reminder',
      channel: 'email',
    };
    const outcomes = await Promise.all([
      run(store, sendLevelOne, 'scheduler-a'),
      run(store, sendLevelOne, 'scheduler-b'),
    ]);
    expect(outcomes.map((o) => o._tag).sort()).toEqual(['Accepted', 'Rejected']);
    const sent = (await store.readStream(streamId)).filter((e) => e.type === 'ReminderSent');
    expect(sent).toHaveLength(1);
  });
});
