import { createHash } from 'node:crypto';
import { invoiceId, InvoiceId } from '@debiteur/core';
import { isRight } from 'fp-ts/Either';

const digest = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Event ids for one command of the sync, derived from the tenant, the stream, the version
 * the command was decided against and the command itself (without its `now`): a sync that
 * is retried after a crash, or a second run of the same file that read the books before the
 * first one wrote, writes the same ids, which the store recognises as already appended
 * instead of recording a change twice. (A run that read them after another wrote finds the
 * invoice moved on: `ChangedDuringSync`.)
 */
export const syncEventIds = (
  tenant: string,
  streamId: string,
  versionSeen: number,
  command: { readonly now: string },
): (() => string) => {
  const { now: _ignored, ...rest } = command;
  const base = digest([tenant, streamId, versionSeen, rest]).slice(0, 40);
  let next = 0;
  return () => `sync-${base}-${next++}`;
};

/**
 * The id under which a new invoice is issued: its number when that is a valid id (letters,
 * digits, `-_.:`), otherwise a readable form of the number plus a hash of it (`2024/17`
 * becomes `inv-2024-17-<8 hex>`), so different numbers never share an id.
 */
export const invoiceIdForNumber = (number: string): InvoiceId => {
  const asIs = invoiceId(number);
  if (isRight(asIs)) return asIs.right;
  const readable = number.replace(/[^A-Za-z0-9_.:-]+/g, '-').slice(0, 100);
  const derived = invoiceId(`inv-${readable}-${digest(number).slice(0, 8)}`.replace(/--+/g, '-'));
  if (isRight(derived)) return derived.right;
  throw new Error(`no invoice id can be made of "${number}"`);
};
