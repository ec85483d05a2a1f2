import { ApiKeys, openStores, PassSummary, Stores, TestClock } from '@debiteur/application';
import { instant, Instant, tenantId } from '@debiteur/core';
import { tempFolder } from '@debiteur/store-sqlite/testing';
import { isLeft } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import pino from 'pino';
import request from 'supertest';
import { readServiceConfig } from '../config/service-config';
import { ComposedService, composeService } from '../serve/compose-service';

const ZONE = 'Europe/Amsterdam';

/** An instant at `hh:mm` on a date, in Amsterdam time (so daylight saving is right). */
export const amsterdam = (date: string, time = '10:00'): Instant => {
  const iso = DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toISO({
    suppressMilliseconds: true,
  });
  const parsed = instant(iso ?? '');
  if (isLeft(parsed)) throw new Error(`not an instant: ${date} ${time}`);
  return parsed.right;
};

/** Every calendar date from `from` to `to`, inclusive. */
const datesFrom = (from: string, to: string): string[] => {
  const dates: string[] = [];
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 })) {
    dates.push(d.toISODate() ?? '');
  }
  return dates;
};

export interface SentReminder {
  readonly level: number;
  readonly on: string;
  readonly kind: string;
}

export interface HistoryEvent {
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly data: Record<string, unknown>;
}

/** Opens a store for one story: a SQLite file in a temp folder, or a PostgreSQL database. */
export type StoryStore = () => Promise<{ readonly location: string; readonly cleanUp: () => void }>;

export const sqliteStoryStore: StoryStore = async () => {
  const folder = tempFolder('story');
  return { location: `sqlite:${folder.path()}`, cleanUp: folder.remove };
};

/**
 * The whole service as `debiteur serve` composes it (API, saga, delivery to an outbox
 * folder) under the test clock, driven over HTTP as a client would: each story moves the
 * clock day by day, and each move runs the saga's pass as of that moment.
 */
export class ServiceWorld {
  private constructor(
    private readonly stores: Stores,
    private readonly service: ComposedService,
    private readonly key: string,
    private readonly cleanUp: () => void,
  ) {}

  static async start(store: StoryStore, tenant: string, startDate: string): Promise<ServiceWorld> {
    const { location, cleanUp } = await store();
    const stores = await openStores(location);
    const outbox = tempFolder('story-outbox');
    const config = readServiceConfig({
      DEBITEUR_STORE: location,
      DEBITEUR_TEST_CLOCK: 'on',
      DEBITEUR_DELIVERY: `outbox:${outbox.dir}`,
    });
    const testClock = new TestClock(amsterdam(startDate, '09:00'));
    const service = await composeService({
      stores,
      config,
      clock: testClock,
      testClock,
      logger: pino({ level: 'silent' }),
    });
    await service.app.init();
    const tenantIdValue = tenantId(tenant);
    if (isLeft(tenantIdValue)) throw new Error(`bad tenant ${tenant}`);
    const { key } = await new ApiKeys(stores.events).create(
      tenantIdValue.right,
      testClock.now(),
      'story',
    );
    return new ServiceWorld(stores, service, key, () => {
      cleanUp();
      outbox.remove();
    });
  }

  private http() {
    return request(this.service.app.getHttpServer());
  }

  private auth() {
    return { Authorization: `Bearer ${this.key}` };
  }

  get(path: string) {
    return this.http().get(path).set(this.auth());
  }

  put(path: string, body: object, headers: Record<string, string> = {}) {
    return this.http()
      .put(path)
      .set({ ...this.auth(), ...headers })
      .send(body);
  }

  post(path: string, body: object, headers: Record<string, string> = {}) {
    return this.http()
      .post(path)
      .set({ ...this.auth(), ...headers })
      .send(body);
  }

  /** Moves the test clock (over HTTP) and waits for the saga's pass as of that moment. */
  async at(date: string, time = '10:00'): Promise<PassSummary> {
    const moved = await this.http()
      .put('/test/clock')
      .set(this.auth())
      .send({ now: amsterdam(date, time) })
      .expect(200);
    return moved.body.pass as PassSummary;
  }

  /** Lets the days pass, one saga pass each morning at 10:00. */
  async runDays(from: string, to: string): Promise<void> {
    for (const date of datesFrom(from, to)) await this.at(date);
  }

  async history(invoiceId: string, asOf?: string): Promise<readonly HistoryEvent[]> {
    const path = `/invoices/${invoiceId}/history${asOf === undefined ? '' : `?asOf=${encodeURIComponent(asOf)}`}`;
    const answer = await this.get(path).expect(200);
    return answer.body.events as HistoryEvent[];
  }

  /** The reminders the invoice's history shows, with the business date each went out. */
  async reminders(invoiceId: string): Promise<readonly SentReminder[]> {
    return (await this.history(invoiceId))
      .filter((event) => event.type === 'ReminderSent')
      .map((event) => ({
        level: Number(event.data['level']),
        kind: String(event.data['kind']),
        on: DateTime.fromISO(event.occurredAt, { zone: ZONE }).toISODate() ?? '',
      }));
  }

  async close(): Promise<void> {
    await this.service.stop();
    await this.stores.close();
    this.cleanUp();
  }
}
