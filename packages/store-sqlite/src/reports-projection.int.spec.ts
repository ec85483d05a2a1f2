import {
  DebiteurEvent,
  addDays,
  EventEnvelope,
  ReportsState,
  debtorId,
  foldProjection,
  paymentBehaviour,
  reportsProjection,
} from '@debiteur/core';
import { ProjectionRunner, decodeRecordedEvent } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import { openSqliteProjectionStore, SqliteProjectionStore } from './sqlite-projection-store';
import {
  TENANT,
  at,
  date,
  eur,
  issueCommand,
  right,
  runInvoiceCommand,
} from './testing/invoice-fixtures';
import { TempFolder, tempFolder } from './testing/temp-folder';

const SLOW = right(debtorId('slow-payer'));

/** Story 4's debtor: three invoices, each paid 18 days after it was issued. */
const recordSlowPayments = async (store: SqliteEventStore, issueDates: readonly string[]) => {
  for (const [index, issued] of issueDates.entries()) {
    const invoice = `INV-${issued}-${index}`;
    await runInvoiceCommand(store, invoice, issueCommand(invoice, SLOW, issued), 'import');
    const paidOn = addDays(date(issued), 18);
    await runInvoiceCommand(store, invoice, {
      type: 'RecordPayment',
      now: at(`${paidOn}T15:00:00+01:00`),
      amount: eur(121_00),
      paidOn,
    });
  }
};

/** The projection's own JSON state read back as written: it is the runner's private document. */
const trustedJson = {
  encode: (state: ReportsState): unknown => state,
  decode: (json: unknown) => E.right(json as ReportsState),
};

describe('The reports projection run from a SQLite file', () => {
  let folder: TempFolder;
  let events: SqliteEventStore;
  let projections: SqliteProjectionStore;

  const runner = () =>
    new ProjectionRunner<ReportsState, EventEnvelope<DebiteurEvent>>({
      events,
      projections,
      projection: reportsProjection,
      decode: decodeRecordedEvent,
      stateCodec: trustedJson,
      commitEvery: 2,
    });

  beforeEach(async () => {
    folder = tempFolder();
    events = await openSqliteEventStore({ path: folder.path() });
    projections = openSqliteProjectionStore({ path: folder.path() });
  });

  afterEach(async () => {
    await projections.close();
    await events.close();
    folder.remove();
  });

  it('continues from its stored checkpoint and agrees with an in-memory fold', async () => {
    await recordSlowPayments(events, ['2026-01-05', '2026-02-02']);
    expect((await runner().runOnce()).processed).toBe(4);

    await recordSlowPayments(events, ['2026-03-02']);
    const second = await runner().runOnce();
    expect(second.processed).toBe(2);

    const stored = await runner().current();
    const everything: EventEnvelope<DebiteurEvent>[] = [];
    for await (const recorded of events.readAll())
      everything.push(right(decodeRecordedEvent(recorded)));
    const folded = foldProjection(reportsProjection, everything);

    const today = date('2026-04-01');
    const fromSqlite = paymentBehaviour(stored.state.ledger, TENANT, SLOW, today);
    expect(fromSqlite).toEqual(paymentBehaviour(folded.ledger, TENANT, SLOW, today));
    expect(fromSqlite).toMatchObject({ paidInvoices: 3, meanDaysToPay: 18, medianDaysToPay: 18 });
  });

  it('rebuilds from zero to the same state', async () => {
    await recordSlowPayments(events, ['2026-01-05', '2026-02-02', '2026-03-02']);
    await runner().runOnce();
    const incremental = (await runner().current()).state;
    await runner().rebuild();
    expect((await runner().current()).state).toEqual(incremental);
    expect((await runner().lag()).caughtUp).toBe(true);
  });
});
