import * as E from 'fp-ts/Either';
import { EventDecodeFailed } from './errors';
import { RecordedEvent } from './event-store.port';

/**
 * What a recorded event (or a part of it) decodes to. Stored history that cannot be read is
 * a data fault, not a business outcome: it throws EventDecodeFailed naming stream and version.
 */
export const decodedOrThrow = <A>(recorded: RecordedEvent, decoded: E.Either<unknown, A>): A => {
  if (E.isLeft(decoded)) {
    throw new EventDecodeFailed(
      recorded.streamId,
      recorded.streamVersion,
      recorded.type,
      decoded.left,
    );
  }
  return decoded.right;
};
