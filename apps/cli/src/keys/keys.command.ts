import { ApiKeys, systemClock } from '@debiteur/application';
import { tenantId } from '@debiteur/core';
import { Command } from 'commander';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { StoreOption, withStoreOption, withStores } from '../store-option';

const actor = (io: CliIo): string => `cli:${io.env['USER'] ?? 'operator'}`;

/**
 * `debiteur keys create --tenant <id>` prints the new key alone on the last line (the
 * operations contract), so scripts can take it with `tail -n 1`.
 */
const createKey = (io: CliIo) =>
  async function (this: Command, options: StoreOption & { readonly tenant: string }) {
    const tenant = tenantId(options.tenant);
    if (isLeft(tenant)) throw new UsageError(`"${options.tenant}" is not a valid tenant id`);
    await withStores(options, io, async (stores) => {
      const created = await new ApiKeys(stores.events).create(
        tenant.right,
        systemClock.now(),
        actor(io),
      );
      io.err(
        `Created API key ${created.keyId} for tenant ${created.tenantId} in ${stores.description}.`,
      );
      io.err('It is shown once; only its digest is stored.');
      io.out(created.key);
    });
  };

const revokeKey = (io: CliIo) => async (keyId: string, options: StoreOption) =>
  withStores(options, io, async (stores) => {
    await new ApiKeys(stores.events).revoke(keyId, systemClock.now(), actor(io));
    io.out(`Revoked API key ${keyId}.`);
  });

const showKey = (io: CliIo) => async (keyId: string, options: StoreOption) =>
  withStores(options, io, async (stores) => {
    const status = await new ApiKeys(stores.events).status(keyId);
    if (status === null) throw new UsageError(`No API key with id ${keyId}`);
    io.out(JSON.stringify(status));
  });

/** `debiteur keys …`: API keys are managed here, never hard-coded. */
export const keysCommand = (io: CliIo): Command => {
  const keys = new Command('keys').description('create, show and revoke API keys');
  keys.addCommand(
    withStoreOption(
      new Command('create')
        .description('create an API key for a tenant; prints the key alone on the last line')
        .requiredOption('--tenant <id>', 'the tenant (client) the key gives access to'),
    ).action(createKey(io)),
  );
  keys.addCommand(
    withStoreOption(
      new Command('show').description('show whom a key belongs to and whether it is revoked'),
    )
      .argument('<keyId>', 'the public id of the key (the part after dbt_)')
      .action(showKey(io)),
  );
  keys.addCommand(
    withStoreOption(new Command('revoke').description('revoke an API key for good'))
      .argument('<keyId>', 'the public id of the key (the part after dbt_)')
      .action(revokeKey(io)),
  );
  return keys;
};
