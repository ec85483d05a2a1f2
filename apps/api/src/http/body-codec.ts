import * as t from 'io-ts';

/**
 * A request body codec: required and optional fields; unknown fields are dropped, so a
 * client may send more than the contract names. The name shows up in the OpenAPI document.
 */
export const bodyCodec = <R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
) => t.exact(t.intersection([t.type(required), t.partial(optional)]), name);
