import { openStores, Stores } from '@debiteur/application';
import { instantAt } from '@debiteur/core';
import { at, collector, day, DEBTOR } from '../testing/scheduler-world.spec-helpers';
import { ChildOutcome, spawnScript, watchChild } from './child-script';

/** Issues `count` invoices on Monday 2 March 2026 (due 16 March): reminder 1 due on 23 March. */
export const seedDueInvoices = async (
  location: string,
  count: number,
): Promise<readonly string[]> => {
  const stores = await openStores(location);
  try {
    const team = collector(stores);
    const now = instantAt(day('2026-03-02'), 10);
    await team.registerDebtor(DEBTOR, now);
    const ids = Array.from({ length: count }, (_, i) => `INV-${String(i).padStart(4, '0')}`);
    for (const id of ids) await team.issue(id, '2026-03-02', now);
    return ids.map((id) => `invoice:bakkerij-de-vries:${id}`);
  } finally {
    await stores.close();
  }
};

export const FIRST_REMINDER_DAY = at('2026-03-23T09:00:00+01:00');
export const DEMAND_DAY = at('2026-04-07T09:00:00+01:00');

/**
 * Starts `count` scheduler processes on one store, lets them all go at once when every one is
 * ready, and waits for them to end.
 */
export const raceSchedulers = async (
  location: string,
  count: number,
  asOf: readonly string[],
): Promise<readonly ChildOutcome[]> => {
  let ready = 0;
  const children = Array.from({ length: count }, () =>
    spawnScript('scheduler-pass.script.ts', [location, asOf.join(',')]),
  );
  return Promise.all(
    children.map((child) =>
      watchChild(child, (line) => {
        if (line !== 'ready') return;
        ready += 1;
        if (ready === count) for (const each of children) each.stdin?.write('go\n');
      }),
    ),
  );
};

/** Runs one scheduler process and SIGKILLs it after its `killAfter`-th accepted command. */
export const killMidPass = async (
  location: string,
  asOf: string,
  killAfter: number,
): Promise<ChildOutcome> => {
  const child = spawnScript('scheduler-pass.script.ts', [location, asOf]);
  let acted = 0;
  return watchChild(child, (line) => {
    if (line === 'ready') child.stdin?.write('go\n');
    if (line.startsWith('acted ')) {
      acted += 1;
      if (acted === killAfter) child.kill('SIGKILL');
    }
  });
};

export const withStores = async <A>(
  location: string,
  use: (stores: Stores) => Promise<A>,
): Promise<A> => {
  const stores = await openStores(location);
  try {
    return await use(stores);
  } finally {
    await stores.close();
  }
};
