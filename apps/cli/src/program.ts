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

/** The `debiteur` command and its subcommands. */
export const buildProgram = (io: CliIo): Command =>
  new Command('debiteur')
    .description('Debiteur: event-sourced credit control')
    .showHelpAfterError()
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
    .addCommand(verifyCommand(io));
