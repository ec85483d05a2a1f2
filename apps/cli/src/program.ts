import { Command } from 'commander';
import { CliIo } from './cli-io';
import { keysCommand } from './keys/keys.command';
import { scheduleCommand } from './schedule/schedule.command';
import { serveCommand } from './serve/serve.command';

/** The `debiteur` command and its subcommands. */
export const buildProgram = (io: CliIo): Command =>
  new Command('debiteur')
    .description('Debiteur: event-sourced credit control')
    .showHelpAfterError()
    .addCommand(serveCommand(io))
    .addCommand(scheduleCommand(io))
    .addCommand(keysCommand(io));
