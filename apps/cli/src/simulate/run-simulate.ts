import { statSync } from 'node:fs';
import { CliIo, UsageError } from '../cli-io';
import { countJsonlEvents } from '../jsonl/count-jsonl-events';
import { readJsonlEvents } from '../jsonl/jsonl-events';
import { startProgress } from '../progress/progress';
import { jsonlPath } from './jsonl-location';
import { measuresTable, PolicyResult } from './measures-table';
import { readPolicyFile } from './policy-file';
import { policyNames } from './policy-names';
import { worldFromPortfolio } from './portfolio-behaviour';
import { simulatePolicy } from './simulate-policy';

export interface SimulateCliOptions {
  readonly portfolio: string;
  readonly policy: string;
  readonly compare?: string;
  readonly json?: boolean;
}

/** A portfolio file without a single invoice: there is nothing to simulate. */
export class PortfolioWithoutInvoices extends Error {
  constructor(path: string, events: number) {
    super(`${path}: no invoice in the ${events} events read: nothing to simulate`);
    this.name = 'PortfolioWithoutInvoices';
  }
}

/** The portfolio must be a file: a path to nothing or to a folder is a bad command line. */
const refuseNoPortfolioFile = (path: string): void => {
  const found = statSync(path, { throwIfNoEntry: false });
  if (found === undefined) throw new UsageError(`no portfolio at ${path}`);
  if (found.isDirectory()) throw new UsageError(`${path} is a directory, not a portfolio file`);
};

/**
 * `debiteur simulate`: reads the portfolio, derives each debtor's behaviour from it, plays
 * it out under the policy (and the one to compare with) and prints the measures side by side.
 */
export const runSimulate = async (io: CliIo, options: SimulateCliOptions): Promise<void> => {
  const path = jsonlPath(options.portfolio, '--portfolio');
  const files = [options.policy, ...(options.compare === undefined ? [] : [options.compare])];
  const names = policyNames(files);
  const policies = await Promise.all(
    files.map(async (file, i) => ({ name: names[i] ?? file, policy: await readPolicyFile(file) })),
  );
  refuseNoPortfolioFile(path);
  const reading = startProgress('read', await countJsonlEvents(path));
  let read = 0;
  let world;
  try {
    world = await worldFromPortfolio(readJsonlEvents(path), () => {
      read += 1;
      if (read % 1000 === 0) reading.tick(1000);
    });
  } finally {
    reading.stop();
  }
  // The data read is at fault, not the command line: exit 1, explained in one line.
  if (world === null) throw new PortfolioWithoutInvoices(path, read);
  io.err(
    `Read ${read} events: ${world.debtors.length} debtors, ${world.invoices.length} invoices.`,
  );
  const results: PolicyResult[] = [];
  for (const { name, policy } of policies) {
    const progress = startProgress(name, read);
    const started = Date.now();
    try {
      const outcome = await simulatePolicy(world, policy, (n) => progress.tick(n));
      results.push({ name, ...outcome });
    } finally {
      progress.stop();
    }
    io.err(`Simulated ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  if (options.json === true) {
    io.out(
      JSON.stringify(
        {
          portfolio: path,
          policies: results.map((r, i) => ({ ...r, policy: policies[i]?.policy })),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(measuresTable(results));
  }
};
