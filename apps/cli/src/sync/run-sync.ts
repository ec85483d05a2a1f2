import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { systemClock } from '@debiteur/application';
import {
  businessDateOf,
  CalendarDate,
  Currency,
  instant,
  Instant,
  tenantId,
  TenantId,
} from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { startProgress } from '../progress/progress';
import { StoreOption, withStores } from '../store-option';
import { applyOpenItems, SyncOutcome } from './apply-open-items';
import { isIsoCurrency, OpenItemsFileError, parseOpenItems } from './open-items-csv';
import { openItemsText } from './open-items-text';
import { ParsedOpenItems } from './open-items.types';
import { problemLines, summaryJson, summaryLine } from './sync-summary';
import { loadTenantInvoices } from './tenant-invoices';

export interface SyncOptions extends StoreOption {
  readonly tenant: string;
  readonly openItems: string;
  readonly now?: string;
  readonly currency?: string;
  readonly json?: boolean;
  readonly allowEmpty?: boolean;
}

const parseTenant = (value: string): TenantId => {
  const parsed = tenantId(value);
  if (isLeft(parsed)) throw new UsageError(`"${value}" is not a valid tenant id`);
  return parsed.right;
};

const parseNow = (value: string | undefined): Instant => {
  if (value === undefined) return systemClock.now();
  const parsed = instant(value);
  if (isLeft(parsed)) {
    throw new UsageError(
      `--now must be an instant with an offset, e.g. 2026-03-01T09:00:00+01:00, not "${value}"`,
    );
  }
  return parsed.right;
};

const parseCurrency = (value: string | undefined): Currency | undefined => {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (!isIsoCurrency(upper)) throw new UsageError(`--currency must be an ISO code such as EUR`);
  return upper;
};

/** The file's text: UTF-16 with its mark, UTF-8, else Windows-1252 (`openItemsText`). */
const readText = (path: string): string => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    return openItemsText(bytes);
  } catch (error) {
    if (error instanceof OpenItemsFileError) throw new UsageError(error.message);
    throw error;
  }
};

const EUR = parseCurrency('EUR');

const parseFile = (
  text: string,
  currency: Currency | undefined,
  today: CalendarDate,
): ParsedOpenItems => {
  const defaultCurrency = currency ?? EUR;
  if (defaultCurrency === undefined) throw new Error('EUR is an ISO currency');
  try {
    return parseOpenItems(text, {
      defaultCurrency,
      today,
      ...(currency === undefined ? {} : { requiredCurrency: currency }),
    });
  } catch (error) {
    if (error instanceof OpenItemsFileError) throw new UsageError(error.message);
    throw error;
  }
};

/**
 * `debiteur sync`: reconciles the store with the tenant's open-items export. Prints the
 * summary on stdout and every rejected row on stderr; the caller sets exit code 1 when a
 * row was rejected or a vanished invoice could not be settled.
 */
export const runSync = async (io: CliIo, options: SyncOptions): Promise<SyncOutcome> => {
  const tenant = parseTenant(options.tenant);
  const now = parseNow(options.now);
  const currency = parseCurrency(options.currency);
  const text = readText(options.openItems);
  const parsed = parseFile(text, currency, businessDateOf(now));
  if (parsed.items.length + parsed.rejected.length === 0 && options.allowEmpty !== true) {
    throw new UsageError(
      `${options.openItems} lists no open items; with --allow-empty every open invoice of ${tenant} is settled`,
    );
  }
  const correlationId = `accounting-sync:${createHash('sha256')
    .update(`${tenant}\n${now}\n${text}`)
    .digest('hex')
    .slice(0, 24)}`;
  const outcome = await withStores(options, io, async (stores) => {
    const known = await loadTenantInvoices(stores.events, tenant);
    const progress = startProgress('sync', parsed.items.length, 'rows');
    try {
      return await applyOpenItems(
        { events: stores.events, tenant, now, correlationId, onRow: () => progress.tick() },
        parsed,
        known,
      );
    } finally {
      progress.stop();
    }
  });
  for (const line of problemLines(outcome)) io.err(line);
  io.out(
    options.json === true
      ? summaryJson(outcome, { tenant, now, file: options.openItems })
      : summaryLine(outcome),
  );
  return outcome;
};
