import { DEFAULT_OUTBOX_FOLDER, FileOutbox } from './adapters/file-outbox';
import { routeByChannel } from './adapters/route-by-channel';
import { SmtpDelivery } from './adapters/smtp-delivery';
import { DeliveryPort } from './delivery-port';
import { isLanguage, Language, LANGUAGES } from './reminder-message';

/**
 * Where reminders go, as `DEBITEUR_DELIVERY` spells it: `outbox:<folder>` (the default,
 * `outbox:./data/outbox`) or `smtp://user:password@host:port?from=…` (`smtps://` for TLS
 * from the first byte). With SMTP, letters and undeliverable reminders go to the outbox
 * folder named by `outbox=` (default `./data/outbox`).
 */
export type DeliveryLocation =
  | { readonly kind: 'outbox'; readonly folder: string }
  | {
      readonly kind: 'smtp';
      readonly host: string;
      readonly port: number;
      readonly secure: boolean;
      readonly requireTLS: boolean;
      readonly auth: { readonly user: string; readonly pass: string } | null;
      readonly from: string;
      readonly outbox: string;
      readonly timeoutMs: number | null;
    };

export const DEFAULT_DELIVERY_LOCATION = `outbox:${DEFAULT_OUTBOX_FOLDER}`;

/** A delivery location nobody can use, with what was wrong in words an operator can act on. */
export class InvalidDeliveryLocation extends Error {
  override readonly name = 'InvalidDeliveryLocation';
  constructor(
    readonly location: string,
    readonly problem: string,
  ) {
    super(
      `Cannot deliver reminders to "${hidePassword(location)}": ${problem}. ` +
        'Expected outbox:<folder> or smtp://user:password@host:port?from=sender@example.nl ' +
        '(smtps:// for TLS; optional outbox=<folder> for letters, requireTLS=true, timeoutMs=<ms>)',
    );
  }
}

const hidePassword = (location: string): string =>
  location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

const SMTP_PARAMETERS = new Set(['from', 'outbox', 'requireTLS', 'timeoutMs']);

const readSmtp = (location: string, secure: boolean): DeliveryLocation => {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new InvalidDeliveryLocation(location, 'it is not a valid URL');
  }
  const fail = (problem: string): never => {
    throw new InvalidDeliveryLocation(location, problem);
  };
  if (url.hostname === '') fail('the SMTP host is missing');
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  for (const key of url.searchParams.keys()) {
    if (!SMTP_PARAMETERS.has(key)) fail(`the parameter "${key}" is not one Debiteur knows`);
  }
  const from = url.searchParams.get('from')?.trim() ?? '';
  if (!from.includes('@'))
    fail('from=<sender address> is required, e.g. from=reminders@example.nl');
  const requireTLS = url.searchParams.get('requireTLS') ?? 'false';
  if (requireTLS !== 'true' && requireTLS !== 'false') fail('requireTLS must be true or false');
  const timeout = url.searchParams.get('timeoutMs');
  const timeoutMs = timeout === null ? null : Number(timeout);
  if (timeoutMs !== null && !(Number.isSafeInteger(timeoutMs) && timeoutMs > 0)) {
    fail('timeoutMs must be a positive whole number of milliseconds');
  }
  const user = decodeURIComponent(url.username);
  if (url.password !== '' && user === '') fail('a password needs a user name');
  return {
    kind: 'smtp',
    host: url.hostname,
    port,
    secure,
    requireTLS: requireTLS === 'true',
    auth: user === '' ? null : { user, pass: decodeURIComponent(url.password) },
    from,
    outbox: url.searchParams.get('outbox') ?? DEFAULT_OUTBOX_FOLDER,
    timeoutMs,
  };
};

/** Reads a delivery location; throws InvalidDeliveryLocation for anything it cannot use. */
export const readDeliveryLocation = (location: string): DeliveryLocation => {
  const trimmed = location.trim();
  if (trimmed.startsWith('outbox:')) {
    const folder = trimmed.slice('outbox:'.length);
    if (folder === '') throw new InvalidDeliveryLocation(location, 'the outbox folder is empty');
    return { kind: 'outbox', folder };
  }
  if (trimmed.startsWith('smtp://')) return readSmtp(trimmed, false);
  if (trimmed.startsWith('smtps://')) return readSmtp(trimmed, true);
  throw new InvalidDeliveryLocation(location, 'the scheme is not one Debiteur knows');
};

/** Opens the port of a location; nothing connects until the first reminder is delivered. */
export const openDeliveryPort = (location: DeliveryLocation): DeliveryPort => {
  if (location.kind === 'outbox') return new FileOutbox({ folder: location.folder });
  const smtp = new SmtpDelivery({
    host: location.host,
    port: location.port,
    secure: location.secure,
    requireTLS: location.requireTLS,
    from: location.from,
    ...(location.auth === null ? {} : { auth: location.auth }),
    ...(location.timeoutMs === null ? {} : { timeoutMs: location.timeoutMs }),
  });
  const letters = new FileOutbox({ folder: location.outbox, from: location.from });
  return routeByChannel({ email: smtp, post: letters });
};

/**
 * Builds the delivery port from `DEBITEUR_DELIVERY` (undefined or empty: the default outbox).
 * Throws InvalidDeliveryLocation, naming the accepted forms, for anything else.
 */
export const parseDeliveryLocation = (location: string | undefined): DeliveryPort =>
  openDeliveryPort(
    readDeliveryLocation(
      location === undefined || location.trim() === '' ? DEFAULT_DELIVERY_LOCATION : location,
    ),
  );

/** A language setting nobody can use (`DEBITEUR_LANGUAGE`). */
export class InvalidLanguage extends Error {
  override readonly name = 'InvalidLanguage';
  constructor(readonly value: string) {
    super(`Cannot write reminders in "${value}": expected one of ${LANGUAGES.join(', ')}`);
  }
}

/** Reads `DEBITEUR_LANGUAGE`: `nl` (the default when unset or empty) or `en`. */
export const parseLanguage = (value: string | undefined): Language => {
  const trimmed = value?.trim().toLowerCase() ?? '';
  if (trimmed === '') return 'nl';
  if (isLanguage(trimmed)) return trimmed;
  throw new InvalidLanguage(value ?? '');
};
