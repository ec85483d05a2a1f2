import { EventEnvelope } from '../envelope/event-envelope';
import { DebiteurEvent } from '../envelope/debiteur-event';
import { addDays } from '../shared/calendar-date';
import { applyToDueActions } from './due-actions.evolve';
import { isSchedulable } from './due-action-command';
import { dueOnOf, invoicesDueBy } from './due-actions.queries';
import { initialDueActionsState } from './due-actions.state';
import { invoiceStreamId } from '../envelope/stream-id';
import { rung } from '../policy/policy.spec-helpers';
import {
  debtorCommand,
  invoiceCommand,
  policyCommand,
} from '../stories/story-commands.spec-helpers';
import { accepted, day, invoice } from '../stories/story-values.spec-helpers';
import { StoryWorld } from '../stories/story-world.spec-helpers';
import {
  actionOf,
  DEBTOR,
  dueActionsOf,
  dueOn,
  folded,
  issue,
  policyWith,
  worldWithDebtor,
} from './due-actions.spec-helpers';

/** What `nextAction` itself says, computed from the world's streams and reports. */
const nextDueOn = (world: StoryWorld, id: string): string | null => {
  const action = world.nextActionOf(id);
  return isSchedulable(action) ? action.dueOn : null;
};

const SHORT_LADDER = [
  rung(1, 'reminder', 1),
  rung(2, 'demand', 14),
  rung(3, 'final-notice', 28, 'post'),
  rung(4, 'hand-over', 42, 'post'),
];

describe('Due actions read model', () => {
  describe('a new invoice (issued Monday 2 March 2026, due Monday 16 March)', () => {
    it('falls due for its first reminder seven days after the due date', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      expect(dueOn(world, 'INV-1')).toBe(day('2026-03-23'));
      expect(actionOf(world, 'INV-1')).toBe('SendReminder');
      expect(dueOn(world, 'INV-1')).toBe(nextDueOn(world, 'INV-1'));
    });

    it('is listed as due from that day on, not before', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      const state = dueActionsOf(world);
      expect(invoicesDueBy(state, day('2026-03-20'))).toEqual([]);
      expect(invoicesDueBy(state, day('2026-03-23')).map((due) => due.invoiceId)).toEqual([
        invoice('INV-1'),
      ]);
    });
  });

  describe('on hold', () => {
    it('has nothing due while on hold, and the reminder back once released', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-10');
      accepted(world.invoice('INV-1').execute(invoiceCommand.putOnHold('dispute')));
      expect(dueOn(world, 'INV-1')).toBeNull();
      world.on('2026-03-12');
      accepted(world.invoice('INV-1').execute(invoiceCommand.releaseHold()));
      expect(dueOn(world, 'INV-1')).toBe(day('2026-03-23'));
    });
  });

  describe('with a payment promise', () => {
    it('falls due to be broken the first business day after the promised date plus grace', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-18');
      accepted(world.invoice('INV-1').execute(invoiceCommand.promise('2026-03-20')));
      // Friday 20 March + 3 days of grace ends on Monday 23 March: broken on Tuesday 24.
      expect(dueOn(world, 'INV-1')).toBe(day('2026-03-24'));
      expect(actionOf(world, 'INV-1')).toBe('BreakPromise');
    });
  });

  describe('after its terms are adjusted', () => {
    it('runs the ladder from the new due date', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-05');
      accepted(world.invoice('INV-1').execute(invoiceCommand.adjustTerms({ paymentTermDays: 30 })));
      // Due Wednesday 1 April now; the first reminder a week later.
      expect(dueOn(world, 'INV-1')).toBe(day('2026-04-08'));
      expect(dueOn(world, 'INV-1')).toBe(nextDueOn(world, 'INV-1'));
    });
  });

  describe('when the tenant changes its policy', () => {
    it('reschedules every invoice of the tenant', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      issue(world, 'INV-2');
      world.on('2026-03-04');
      accepted(world.settings().execute(policyCommand.set(policyWith({ ladder: SHORT_LADDER }))));
      expect([dueOn(world, 'INV-1'), dueOn(world, 'INV-2')]).toEqual([
        day('2026-03-17'),
        day('2026-03-17'),
      ]);
    });
  });

  describe('when the debtor agrees another reminder offset', () => {
    it('reschedules the debtor’s invoices, moved past a holiday', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-04');
      accepted(world.debtor(DEBTOR).execute(debtorCommand.overrideReminderOffset(21)));
      // 16 March + 21 days is Easter Monday 6 April 2026: the reminder goes on Tuesday 7.
      expect(dueOn(world, 'INV-1')).toBe(day('2026-04-07'));
      expect(dueOn(world, 'INV-1')).toBe(nextDueOn(world, 'INV-1'));
    });
  });

  describe('with adaptive timing (story 4)', () => {
    const payAfter25Days = (world: StoryWorld, id: string, issuedOn: string, paidOn: string) => {
      world.on(issuedOn);
      issue(world, id);
      return () => {
        world.on(paidOn);
        accepted(world.invoice(id).execute(invoiceCommand.pay(12100, paidOn)));
      };
    };

    /**
     * A hotel pays invoices A and B 25 days after issue; D is issued on 9 February (due 23
     * February) before C, issued 19 January, is paid on 13 February by `payC`.
     */
    const twoPaidThenD = () => {
      const world = StoryWorld.of('bakkerij-de-vries', '2026-01-05T08:00:00+01:00');
      accepted(
        world
          .debtor(DEBTOR)
          .execute(debtorCommand.register({ debtorId: DEBTOR, name: 'Hotel', kind: 'business' })),
      );
      const payA = payAfter25Days(world, 'A', '2026-01-05', '2026-01-30');
      const payB = payAfter25Days(world, 'B', '2026-01-12', '2026-02-06');
      const payC = payAfter25Days(world, 'C', '2026-01-19', '2026-02-13');
      payA();
      payB();
      world.on('2026-02-09');
      issue(world, 'D');
      return { world, payC };
    };

    it('moves a reliable late payer’s first reminder once his habit shows', () => {
      const { world, payC } = twoPaidThenD();
      // Due 23 February; two paid invoices say too little: the ladder's 7 days apply.
      expect(dueOn(world, 'D')).toBe(day('2026-03-02'));
      payC();
      // Three payments 25 days after issue: first reminder at 25 − 14 + 3 = 14 days after due.
      expect(dueOn(world, 'D')).toBe(day('2026-03-09'));
      expect(dueOn(world, 'D')).toBe(nextDueOn(world, 'D'));
    });

    it('leaves the ladder alone for a debtor who paid one of them only after a demand letter', () => {
      const { world, payC } = twoPaidThenD();
      world.on('2026-02-10');
      accepted(world.invoice('C').execute(invoiceCommand.sendReminder(2, 'demand', 'post')));
      payC();
      // Paid 25 days after issue each time, but C only after a demand letter: not his habit.
      expect(dueOn(world, 'D')).toBe(day('2026-03-02'));
      expect(dueOn(world, 'D')).toBe(nextDueOn(world, 'D'));
    });
  });

  describe('closed invoices', () => {
    it('stops watching an invoice once it is paid', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-20');
      accepted(world.invoice('INV-1').execute(invoiceCommand.pay(12100, '2026-03-20')));
      expect(dueOn(world, 'INV-1')).toBeNull();
      expect(invoicesDueBy(dueActionsOf(world), day('2026-12-31'))).toEqual([]);
    });
  });

  describe('as a fold', () => {
    it('ignores events of other streams and events it folded before', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      world.on('2026-03-10');
      accepted(world.invoice('INV-1').execute(invoiceCommand.putOnHold('dispute')));
      const events = world.events();
      const [first] = events;
      if (first === undefined) throw new Error('no events');
      const foreign: EventEnvelope<DebiteurEvent> = {
        ...first,
        metadata: { ...first.metadata, streamId: 'api-key:bakkerij-de-vries:k1' },
      };
      expect(folded([...events, foreign, ...events.slice(1)])).toEqual(folded(events));
    });

    it('continues from a JSON copy of its state as from the state itself', () => {
      const world = worldWithDebtor();
      issue(world, 'INV-1');
      issue(world, 'INV-2');
      world.runDays('2026-03-02', '2026-04-30');
      const events = world.events();
      const half = Math.floor(events.length / 2);
      const stored = JSON.parse(JSON.stringify(folded(events.slice(0, half))));
      const resumed = events.slice(half).reduce(applyToDueActions, stored);
      expect(resumed).toEqual(folded(events));
    });
  });

  describe('against nextAction', () => {
    it('agrees on every invoice on every day of a busy quarter', () => {
      const world = worldWithDebtor('consumer');
      issue(world, 'INV-1');
      issue(world, 'INV-2');
      issue(world, 'INV-3');
      const mismatches: string[] = [];
      let state = initialDueActionsState;
      let seen = 0;
      const compare = (w: StoryWorld) => {
        const events = w.events();
        state = events.slice(seen).reduce(applyToDueActions, state);
        seen = events.length;
        for (const id of ['INV-1', 'INV-2', 'INV-3']) {
          const read = dueOnOf(state, w.tenantId, invoiceStreamId(w.tenantId, invoice(id)));
          const computed = nextDueOn(w, id);
          if (read !== computed) mismatches.push(`${w.today} ${id}: ${read} ≠ ${computed}`);
        }
      };
      const agenda = {
        '2026-03-18': (w: StoryWorld) => {
          accepted(w.invoice('INV-2').execute(invoiceCommand.promise('2026-03-27')));
        },
        '2026-03-25': (w: StoryWorld) => {
          accepted(w.invoice('INV-3').execute(invoiceCommand.putOnHold('awaiting-credit-note')));
        },
        '2026-04-08': (w: StoryWorld) => {
          accepted(w.invoice('INV-3').execute(invoiceCommand.creditNote('CN-1', 2100)));
        },
        '2026-04-15': (w: StoryWorld) => {
          accepted(w.debtor(DEBTOR).execute(debtorCommand.overrideReminderOffset(10)));
        },
        '2026-05-04': (w: StoryWorld) => {
          accepted(w.invoice('INV-1').execute(invoiceCommand.pay(5000, '2026-05-04')));
        },
      };
      for (let d = day('2026-03-02'); d <= day('2026-06-30'); d = addDays(d, 1)) {
        world.runDays(d, d, agenda);
        compare(world);
      }
      expect(mismatches).toEqual([]);
      expect(world.invoice('INV-1').state().status).toBe('handed-over');
    });
  });
});
