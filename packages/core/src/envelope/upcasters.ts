import * as E from 'fp-ts/Either';
import { problemsUnder } from '../shared/decode-errors';
import { DebiteurEventType } from './debiteur-event';
import { InvalidEventData, UnsupportedSchemaVersion } from './event-decode-error';
import { issuedV1ToV2 } from './issued-v1.upcaster';
import { SchemaHistory } from './upcaster';

const FIRST_VERSION: SchemaHistory = { current: 1, upcasters: {} };

/**
 * The schema history of every event type. Changing an event's schema is a data change here:
 *
 * 1. Freeze the data shape being replaced as its own codec (see `issued-v1.upcaster.ts`).
 * 2. Change the codec in the `*.events.ts` file to the new shape.
 * 3. Write an upcaster from the old version to the new one and add it under the old
 *    version's number, e.g. `Issued: { current: 3, upcasters: { 1: issuedV1ToV2, 2: issuedV2ToV3 } }`.
 * 4. Raise `current`. Stored rows are never rewritten: every read upcasts them step by step.
 *
 * A missing type here fails to compile, so a new event type starts at `FIRST_VERSION`.
 */
export const EVENT_SCHEMAS: { readonly [K in DebiteurEventType]: SchemaHistory } = {
  Issued: { current: 2, upcasters: { 1: issuedV1ToV2 } },
  TermsAdjusted: FIRST_VERSION,
  ReminderSent: FIRST_VERSION,
  PutOnHold: FIRST_VERSION,
  HoldReleased: FIRST_VERSION,
  PaymentPromised: FIRST_VERSION,
  PromiseKept: FIRST_VERSION,
  PromiseBroken: FIRST_VERSION,
  Paid: FIRST_VERSION,
  CreditBalanceRecorded: FIRST_VERSION,
  CreditNoteApplied: FIRST_VERSION,
  InvoiceResent: FIRST_VERSION,
  ContactLogged: FIRST_VERSION,
  ArrangementAgreed: FIRST_VERSION,
  ArrangementDefaulted: FIRST_VERSION,
  HandedOverToCollection: FIRST_VERSION,
  WrittenOff: FIRST_VERSION,
  DebtorRegistered: FIRST_VERSION,
  DebtorDetailsChanged: FIRST_VERSION,
  ContactPersonChanged: FIRST_VERSION,
  ContactDetailsRemoved: FIRST_VERSION,
  PaymentTermAgreed: FIRST_VERSION,
  ReminderOffsetOverridden: FIRST_VERSION,
  PolicyChanged: FIRST_VERSION,
};

/**
 * Brings stored data of `schemaVersion` up to the history's current version, one upcaster
 * at a time (v1 → v2 → …). Data already current passes through untouched; a version newer
 * than the current one, or a gap in the chain, is an unsupported version.
 */
export const upcast = (
  type: string,
  history: SchemaHistory,
  schemaVersion: number,
  data: unknown,
): E.Either<UnsupportedSchemaVersion | InvalidEventData, unknown> => {
  const unsupported = (
    reason: UnsupportedSchemaVersion['reason'],
  ): E.Either<UnsupportedSchemaVersion, never> =>
    E.left({
      _tag: 'UnsupportedSchemaVersion',
      type,
      schemaVersion,
      current: history.current,
      reason,
    });
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1)
    return unsupported('not-a-version');
  if (schemaVersion > history.current) return unsupported('newer-than-known');
  let upcast: unknown = data;
  for (let version = schemaVersion; version < history.current; version += 1) {
    const upcaster = history.upcasters[version];
    if (upcaster === undefined) return unsupported('no-upcaster');
    const next = upcaster(upcast);
    if (E.isLeft(next)) {
      return E.left({
        _tag: 'InvalidEventData',
        type,
        schemaVersion: version,
        problems: problemsUnder('$.data', next.left),
      });
    }
    upcast = next.right;
  }
  return E.right(upcast);
};
