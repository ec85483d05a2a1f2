import { LadderLevel } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/**
 * `PUT /policy`: the contract's fields; `promiseGraceDays` (days after a promised date
 * before the promise counts as broken) may be left out and then stays as it is.
 */
export const SetPolicyBody = bodyCodec(
  'SetPolicyBody',
  {
    defaultPaymentTermDays: t.number,
    adaptive: t.boolean,
    ladder: t.readonlyArray(LadderLevel),
  },
  { promiseGraceDays: t.number },
);
export type SetPolicyBody = t.TypeOf<typeof SetPolicyBody>;

/** Replaces the tenant's reminder policy as a whole. */
export class SetPolicyCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly body: SetPolicyBody,
  ) {
    super(meta);
  }
}
