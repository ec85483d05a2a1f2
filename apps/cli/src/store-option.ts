import { Command } from 'commander';
import { DEFAULT_STORE_LOCATION, openStores, Stores } from '@debiteur/application';
import { CliIo } from './cli-io';

export interface StoreOption {
  readonly store?: string;
}

/** Adds `--store`, which defaults to `DEBITEUR_STORE` and then to the embedded SQLite file. */
export const withStoreOption = (command: Command): Command =>
  command.option(
    '--store <location>',
    'sqlite:<path> | postgres://… | esdb://… (default: $DEBITEUR_STORE or sqlite:./data/debiteur.db)',
  );

/**
 * Adds `--store` for the commands that only read events, which also take a JSONL event file
 * (`jsonl:<path>`, as `debiteur export` or `debiteur generate` write it) as their source.
 */
export const withSourceOption = (command: Command): Command =>
  command.option(
    '--store <location>',
    'sqlite:<path> | postgres://… | esdb://… | jsonl:<path> (a file of debiteur export or generate; default: $DEBITEUR_STORE or sqlite:./data/debiteur.db)',
  );

export const storeLocation = (options: StoreOption, io: CliIo): string =>
  options.store ?? (io.env['DEBITEUR_STORE']?.trim() || DEFAULT_STORE_LOCATION);

/** Opens the stores, runs `work`, and closes them whatever happens. */
export const withStores = async <T>(
  options: StoreOption,
  io: CliIo,
  work: (stores: Stores) => Promise<T>,
): Promise<T> => {
  const stores = await openStores(storeLocation(options, io));
  try {
    return await work(stores);
  } finally {
    await stores.close();
  }
};
