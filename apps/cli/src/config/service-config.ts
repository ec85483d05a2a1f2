import { DEFAULT_STORE_LOCATION, parseStoreLocation } from '@debiteur/application';

/** What the operations contract lets an operator set through the environment. */
export interface ServiceConfig {
  /** `DEBITEUR_STORE`: where the events live (default `sqlite:./data/debiteur.db`). */
  readonly store: string;
  /** `PORT` (default 3000). */
  readonly port: number;
  /** `DEBITEUR_SCHEDULER=off` runs the API without the continuous saga. */
  readonly schedulerEnabled: boolean;
  /** `DEBITEUR_TEST_CLOCK=on`: the clock stands still until `PUT /test/clock` moves it. */
  readonly testClock: boolean;
  /** `DEBITEUR_DELIVERY`: `outbox:<folder>` (default `outbox:./data/outbox`) or `smtp://…`. */
  readonly delivery: string;
  /** `DEBITEUR_OFFICE_HOURS`: `HH:mm-HH:mm` in Europe/Amsterdam (default 08:00-18:00). */
  readonly officeHours: { readonly start: string; readonly end: string };
  /** `DEBITEUR_SCHEDULER_INTERVAL_SECONDS`: pause between continuous passes (default 60). */
  readonly schedulerIntervalMs: number;
  /** `DEBITEUR_LANGUAGE`: language of the reminders, `nl` (default) or `en`. */
  readonly language: 'nl' | 'en';
}

/** The environment holds settings the service cannot run with; every problem is listed. */
export class InvalidConfiguration extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidConfiguration';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const OFFICE_HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

const onOff = (env: Env, name: string, fallback: boolean, problems: string[]): boolean => {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  problems.push(`${name} must be on or off, not "${env[name]}"`);
  return fallback;
};

const wholeNumber = (
  env: Env,
  name: string,
  fallback: number,
  range: { readonly min: number; readonly max: number },
  problems: string[],
): number => {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < range.min || parsed > range.max) {
    problems.push(
      `${name} must be a whole number from ${range.min} to ${range.max}, not "${value}"`,
    );
    return fallback;
  }
  return parsed;
};

/** Reads the service's settings from the environment; throws InvalidConfiguration. */
export const readServiceConfig = (env: Env): ServiceConfig => {
  const problems: string[] = [];
  const store = env['DEBITEUR_STORE']?.trim() || DEFAULT_STORE_LOCATION;
  try {
    parseStoreLocation(store);
  } catch (error) {
    problems.push(`DEBITEUR_STORE: ${(error as Error).message}`);
  }
  const hours = env['DEBITEUR_OFFICE_HOURS']?.trim() || '08:00-18:00';
  const hoursMatch = OFFICE_HOURS.exec(hours);
  if (hoursMatch === null || hours.slice(0, 5) >= hours.slice(6)) {
    problems.push(
      `DEBITEUR_OFFICE_HOURS must be HH:mm-HH:mm with start before end, not "${hours}"`,
    );
  }
  const language = env['DEBITEUR_LANGUAGE']?.trim() || 'nl';
  if (language !== 'nl' && language !== 'en') {
    problems.push(`DEBITEUR_LANGUAGE must be nl or en, not "${language}"`);
  }
  const config: ServiceConfig = {
    store,
    port: wholeNumber(env, 'PORT', 3000, { min: 0, max: 65_535 }, problems),
    schedulerEnabled: onOff(env, 'DEBITEUR_SCHEDULER', true, problems),
    testClock: onOff(env, 'DEBITEUR_TEST_CLOCK', false, problems),
    delivery: env['DEBITEUR_DELIVERY']?.trim() || 'outbox:./data/outbox',
    officeHours: { start: hours.slice(0, 5), end: hours.slice(6) },
    schedulerIntervalMs:
      wholeNumber(
        env,
        'DEBITEUR_SCHEDULER_INTERVAL_SECONDS',
        60,
        { min: 1, max: 86_400 },
        problems,
      ) * 1000,
    language: language === 'en' ? 'en' : 'nl',
  };
  if (problems.length > 0) throw new InvalidConfiguration(problems);
  return config;
};
