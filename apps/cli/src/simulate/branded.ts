import * as E from 'fp-ts/Either';

/** The part of an io-ts codec that checks a value. */
interface Checks<A> {
  readonly name: string;
  decode(value: unknown): E.Either<unknown, A>;
}

/** A value checked by its codec; the simulation makes only valid ids, so a miss is a fault. */
export const branded = <A>(codec: Checks<A>, value: unknown): A => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) throw new Error(`not a valid ${codec.name}: ${JSON.stringify(value)}`);
  return decoded.right;
};
