import { createHash } from 'node:crypto';
import { invoiceId, InvoiceId } from '@debiteur/core';
import { isRight } from 'fp-ts/Either';

const digest = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Event ids for one command of the sync, derived from the tenant, the stream, the version
 * the command was decided against and the command itself (without its `now`). Two runs that
 * decide the same command from the same version before either appends write the same ids,
 * and the store takes the second append as already done. A run that comes to a stream after
 * another wrote to it never gets that far: the command shell refuses its pinned command
 * (`ChangedDuringSync`) or the domain a second issue (`AlreadyIssued`).
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
