import * as t from 'io-ts';

/** An exact, readonly object codec with required and optional properties. */
export const record = <R extends t.Props, O extends t.Props>(required: R, optional: O) =>
  t.readonly(t.intersection([t.strict(required), t.exact(t.partial(optional))]));
