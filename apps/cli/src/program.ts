import { Command } from 'commander';
import { CliIo } from './cli-io';
import { generateCommand } from './generate/generate.command';
import { keysCommand } from './keys/keys.command';
import { scheduleCommand } from './schedule/schedule.command';
import { serveCommand } from './serve/serve.command';
import { simulateCommand } from './simulate/simulate.command';
import { replayCommand } from './replay/replay.command';
import { historyCommand } from './history/history.command';
import { exportCommand } from './export/export.command';
import { importCommand } from './import/import.command';
import { verifyCommand } from './verify/verify.command';
import { syncCommand } from './sync/sync.command';

/**
 * Makes Commander throw instead of exiting, and print the usage after the error, on the
 * command and every subcommand (settings are not inherited by `addCommand`), so a bad
 * command line ends as `failureOf` says: exit 2, with why and the usage.
 */
const throwingOnBadCommandLines = (command: Command): Command => {
  command.exitOverride().showHelpAfterError();
  for (const sub of command.commands) throwingOnBadCommandLines(sub);
  return command;
};

/** The `debiteur` command and its subcommands. */
export const buildProgram = (io: CliIo): Command =>
  throwingOnBadCommandLines(
    new Command('debiteur')
      .description('Debiteur: event-sourced credit control')
      .addCommand(serveCommand(io))
      .addCommand(scheduleCommand(io))
      .addCommand(generateCommand(io))
      .addCommand(simulateCommand(io))
      .addCommand(syncCommand(io))
      .addCommand(keysCommand(io))
      .addCommand(replayCommand(io))
      .addCommand(historyCommand(io))
      .addCommand(exportCommand(io))
      .addCommand(importCommand(io))
      .addCommand(verifyCommand(io)),
  );
