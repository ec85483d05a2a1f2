import { DestinationStream, Logger, pino } from 'pino';

/**
 * The API's JSON logger: pino at `level` (default `info`) to stdout, or to `destination`
 * (a file path, or `/dev/null` to keep the cost of logging without the output).
 */
export const apiLogger = (
  options: { readonly level?: string; readonly destination?: string } = {},
): Logger => {
  const destination: DestinationStream | undefined =
    options.destination === undefined ? undefined : pino.destination(options.destination);
  return destination === undefined
    ? pino({ level: options.level ?? 'info' })
    : pino({ level: options.level ?? 'info' }, destination);
};
