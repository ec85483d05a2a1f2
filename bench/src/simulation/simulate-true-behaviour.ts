/**
 * The simulation checked against the generator's own debtors: the world `debiteur generate`
 * plays out (each debtor's true behaviour), played under each policy through the same
 * `simulatePolicy` that `debiteur simulate` runs on a behaviour read back from the file.
 * Under the generator's own policy both give the file's measures; under another policy the
 * difference is the bias of reading behaviour back from a portfolio (docs/simulation-report.md).
 *
 * Usage: pnpm --filter @debiteur/bench simulate:true-behaviour <seed> <tenants> <debtors>
 *        <invoices> <policy.json>…  (one JSON line of measures per policy)
 */
import { generateWorld } from '../../../apps/cli/src/generate/generate-portfolio';
import { generateOptionsOf } from '../../../apps/cli/src/generate/run-generate';
import { SIMULATION_TAIL_DAYS } from '../../../apps/cli/src/simulate/observed-fate';
import { readPolicyFile } from '../../../apps/cli/src/simulate/policy-file';
import { simulatePolicy } from '../../../apps/cli/src/simulate/simulate-policy';

const main = async (): Promise<void> => {
  const [seed, tenants, debtors, invoices, ...policyFiles] = process.argv.slice(2);
  if (
    seed === undefined ||
    tenants === undefined ||
    debtors === undefined ||
    invoices === undefined ||
    policyFiles.length === 0
  ) {
    throw new Error('usage: <seed> <tenants> <debtors> <invoices> <policy.json>…');
  }
  const options = generateOptionsOf({
    ...{ seed, tenants, debtors, invoices },
    ...{ from: '2025-01-01', days: '365', out: 'jsonl:unwritten' },
  });
  // Played to the day `simulate` plays a portfolio to, so the two count the same days.
  const world = { ...generateWorld(options), tailDays: SIMULATION_TAIL_DAYS };
  for (const file of policyFiles) {
    const outcome = await simulatePolicy(world, await readPolicyFile(file));
    process.stdout.write(`${JSON.stringify({ policy: file, ...outcome })}\n`);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
