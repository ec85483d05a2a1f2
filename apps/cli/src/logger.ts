import pino, { Logger } from 'pino';

/** JSON logs on stdout's sibling stream (stderr), so `serve`'s own output stays clean. */
export const serviceLogger = (env: Readonly<Record<string, string | undefined>>): Logger =>
  pino({ level: env['LOG_LEVEL'] ?? 'info', base: { service: 'debiteur' } }, pino.destination(2));
