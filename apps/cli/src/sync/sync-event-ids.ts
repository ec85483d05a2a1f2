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

/** `inv-`, the number with characters other than `A-Za-z0-9_.:-` as `-`, and a hash of it. */
const hashedId = (number: string): string => {
  const readable = number.replace(/[^A-Za-z0-9_.:-]+/g, '-').slice(0, 100);
  return `inv-${readable}-${digest(number).slice(0, 8)}`.replace(/--+/g, '-');
};

const asInvoiceId = (candidate: string, number: string): InvoiceId => {
  const parsed = invoiceId(candidate);
  if (isRight(parsed)) return parsed.right;
  throw new Error(`no invoice id can be made of "${number}"`);
};

/**
 * The id a number is issued under when no other invoice holds it: the number itself when that
 * is a valid id (letters, digits, `-_.:`), otherwise a readable form of the number plus a
 * hash of it (`2024/17` becomes `inv-2024-17-<8 hex>`). That no other invoice holds it is for
 * `freeInvoiceIdForNumber` to see to.
 */
export const invoiceIdForNumber = (number: string): InvoiceId => {
  const asIs = invoiceId(number);
  return isRight(asIs) ? asIs.right : asInvoiceId(hashedId(number), number);
};

/**
 * The id under which a new invoice is issued: the first of `invoiceIdForNumber`, the hashed
 * form `inv-<number>-<8 hex>`, and that form followed by `-2`, `-3`, … that no invoice of the
 * tenant holds (`isHeld`), so a new number never lands on an id chosen through the API or
 * given to another number, and is given the same id for as long as the same ids are held.
 */
export const freeInvoiceIdForNumber = (
  number: string,
  isHeld: (id: InvoiceId) => boolean,
): InvoiceId => {
  const natural = invoiceIdForNumber(number);
  if (!isHeld(natural)) return natural;
  const hashed = asInvoiceId(hashedId(number), number);
  if (!isHeld(hashed)) return hashed;
  // Each candidate is another id, and only finitely many are held: the loop ends.
  for (let copy = 2; ; copy += 1) {
    const candidate = asInvoiceId(`${hashed}-${copy}`, number);
    if (!isHeld(candidate)) return candidate;
  }
};
