/**
 * A short walk through one invoice's life, decided by the pure core and printed as the
 * case history a collector would see. Run with `pnpm start` (until the service exists).
 */
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import {
  DUTCH_BUSINESS_CALENDAR,
  InvoiceCommand,
  InvoiceEvent,
  InvoiceState,
  NonEmptyText,
  calendarDate,
  debtorId,
  dutchDefaultPolicy,
  formatMoney,
  instant,
  invoiceDecider,
  invoiceId,
  money,
  nextAction,
} from '../src';

const orThrow = <A>(either: E.Either<unknown, A>): A =>
  pipe(
    either,
    E.getOrElse<unknown, A>((error) => {
      throw new Error(`demo data is invalid: ${JSON.stringify(error)}`);
    }),
  );

type CommandWithoutTime = InvoiceCommand extends infer C
  ? C extends InvoiceCommand
    ? Omit<C, 'now'>
    : never
  : never;

let state: InvoiceState = invoiceDecider.initialState;

const run = (at: string, who: string, command: CommandWithoutTime): void => {
  const now = orThrow(instant(at));
  const decision = invoiceDecider.decide({ ...command, now } as InvoiceCommand, state);
  if (E.isLeft(decision)) {
    console.log(`${at.slice(0, 10)}  ${who.padEnd(10)} rejected: ${decision.left._tag}`);
    return;
  }
  decision.right.forEach((event: InvoiceEvent) => {
    state = invoiceDecider.evolve(state, event);
    const outstanding = state.status === 'unissued' ? '' : formatMoney(state.outstanding);
    console.log(
      `${at.slice(0, 10)}  ${who.padEnd(10)} ${event.type.padEnd(22)} outstanding ${outstanding}`,
    );
  });
};

const whatIsNext = (at: string): void => {
  const action = nextAction({
    invoice: state,
    debtor: { kind: 'business', reminderOffsetDays: null },
    policy: dutchDefaultPolicy,
    behaviour: null,
    calendar: DUTCH_BUSINESS_CALENDAR,
    now: orThrow(instant(at)),
  });
  const when =
    action._tag === 'Nothing' ? action.why : `${action.dueOn}${action.isDue ? ' (due now)' : ''}`;
  console.log(`${at.slice(0, 10)}  next action: ${action._tag} ${when}`);
};

const date = (s: string) => orThrow(calendarDate(s));
const eur = (cents: number) => orThrow(money(cents, 'EUR'));
const text = (s: string) => orThrow(NonEmptyText.decode(s));

console.log('Debiteur domain demo: invoice 2026-0042 of Bakkerij De Korenschoof\n');
run('2026-03-02T10:00:00+01:00', 'import', {
  type: 'IssueInvoice',
  invoiceId: orThrow(invoiceId('INV-2026-0042')),
  debtorId: orThrow(debtorId('korenschoof')),
  number: text('INV-2026-0042'),
  issueDate: date('2026-03-02'),
  dueBy: { paymentTermDays: 14 },
  amount: eur(121_00),
  description: 'Onderhoud broodoven, maart 2026',
});
whatIsNext('2026-03-10T09:00:00+01:00');
whatIsNext('2026-03-24T09:00:00+01:00');
run('2026-03-24T09:00:00+01:00', 'scheduler', {
  type: 'SendReminder',
  level: 1,
  kind: 'reminder',
  channel: 'email',
});
run('2026-03-25T14:10:00+01:00', 'laura', {
  type: 'LogContact',
  channel: 'phone',
  outcome: 'reached',
  note: 'Waits for a second credit note',
});
run('2026-03-25T14:12:00+01:00', 'laura', { type: 'PutOnHold', reason: 'awaiting-credit-note' });
whatIsNext('2026-04-10T09:00:00+02:00');
run('2026-04-14T11:00:00+02:00', 'client', {
  type: 'ApplyCreditNote',
  number: text('CN-2026-0007'),
  amount: eur(21_00),
});
run('2026-04-15T10:00:00+02:00', 'sophie', {
  type: 'PromisePayment',
  promisedDate: date('2026-04-17'),
});
whatIsNext('2026-04-16T09:00:00+02:00');
run('2026-04-17T16:00:00+02:00', 'bank-sync', {
  type: 'RecordPayment',
  amount: eur(100_00),
  paidOn: date('2026-04-17'),
});
whatIsNext('2026-04-20T09:00:00+02:00');
