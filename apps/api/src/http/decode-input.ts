import { decodeWith, DebtorId, InvoiceId, problemsUnder } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { InvalidInput } from './api-errors';

/** Any io-ts codec that decodes from unknown input. */
export type InputCodec<A> = t.Type<A, unknown, unknown>;

/**
 * Decodes a request body with its io-ts codec: the value, or InvalidInput listing every
 * problem with its JSON path (`$.amount.currency`). An absent body reads as `{}`, so a
 * route whose fields are all optional takes an empty POST.
 */
export const decodeBody = <A>(codec: InputCodec<A>, body: unknown): A => {
  const decoded = decodeWith(codec)(body ?? {});
  if (E.isLeft(decoded)) throw new InvalidInput(decoded.left);
  return decoded.right;
};

/** Decodes one part of the request other than the body: paths read `params.id`, `query.asOf`. */
const decodePart =
  (part: 'params' | 'query' | 'headers') =>
  <A>(name: string, codec: InputCodec<A>, value: unknown): A => {
    const decoded = decodeWith(codec)(value);
    if (E.isLeft(decoded)) {
      throw new InvalidInput(problemsUnder(`${part}.${name}`, decoded.left));
    }
    return decoded.right;
  };

export const decodeParam = decodePart('params');
export const decodeQuery = decodePart('query');
export const decodeHeader = decodePart('headers');

export const invoiceIdParam = (id: unknown): InvoiceId => decodeParam('id', InvoiceId, id);
export const debtorIdParam = (id: unknown): DebtorId => decodeParam('id', DebtorId, id);
