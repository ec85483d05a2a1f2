import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileOutbox } from '../adapters/file-outbox';
import { readMail } from '../adapters/mail.spec-helpers';
import { messageIdFor } from '../adapters/mail-options';
import { DeliveryPort } from '../delivery-port';
import { ReminderMessage } from '../reminder-message';
import { formatAmount, formatDay } from '../render/formatting';
import { pdfText } from '../render/poppler.spec-helpers';
import { reminderSentIn } from './reminder-facts';
import {
  fourteenDayLetterDeadline,
  statutoryCollectionCosts,
  statutoryInterest,
} from '@debiteur/core';
import { cents, day, tenant } from '../delivery.spec-values';
import { ACME, useSqliteWorld } from './delivery.spec-fixtures';
import { createReminderDelivery, REMINDER_DELIVERY_CHECKPOINT } from './reminder-delivery';
import { DeliveryLogger } from './reminder-delivery.types';

const recordingLogger = () => {
  const entries: { level: string; fields: Record<string, unknown> }[] = [];
  const logger: DeliveryLogger = {
    info: (fields) => entries.push({ level: 'info', fields }),
    warn: (fields) => entries.push({ level: 'warn', fields }),
    error: (fields) => entries.push({ level: 'error', fields }),
  };
  return { logger, entries };
};

/** The files in a folder, or only those with the extension given (`.eml`: one per e-mail). */
const filesIn = (folder: string, extension = ''): string[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => !f.startsWith('.') && f.endsWith(extension))
        .sort()
    : [];

/** A port that records what it was given and fails on the calls listed. */
const flakyPort = (inner: DeliveryPort, failOnCalls: readonly number[]) => {
  const keys: string[] = [];
  let calls = 0;
  const port: DeliveryPort = {
    deliver: async (message: ReminderMessage) => {
      calls += 1;
      if (failOnCalls.includes(calls)) throw new Error('connection refused');
      keys.push(message.idempotencyKey);
      return inner.deliver(message);
    },
    setAside: (reminder) => inner.setAside?.(reminder) ?? Promise.resolve(),
  };
  return { port, keys };
};

describe('Reminder delivery', () => {
  const world = useSqliteWorld();

  const givenTwoEmailReminders = async () => {
    await world.registerDebtor('d1', { email: 'boekhouding@korf.nl', contactPerson: 'Jan Korf' });
    await world.issue('A', 'd1', { paymentLink: 'https://pay.example.nl/A' });
    await world.issue('B', 'd1', { paymentLink: 'https://pay.example.nl/B' });
    await world.remind('A', 1, 'rem-A-1');
    await world.remind('B', 1, 'rem-B-1');
  };

  it('writes each reminder once to the outbox, with invoice number and payment link', async () => {
    await givenTwoEmailReminders();
    const port = new FileOutbox({ folder: world.outbox(), from: 'Acme <noreply@acme.nl>' });
    const delivery = createReminderDelivery({ stores: world.stores(), port });

    const summary = await delivery.runOnce();

    expect(summary).toMatchObject({ delivered: 2, alreadyDelivered: 0, failure: null });
    expect(filesIn(join(world.outbox(), 'acme'))).toEqual([
      'rem-A-1.eml',
      'rem-A-1.html',
      'rem-A-1.pdf',
      'rem-B-1.eml',
      'rem-B-1.html',
      'rem-B-1.pdf',
    ]);
    const mail = readMail(readFileSync(join(world.outbox(), 'acme', 'rem-A-1.eml'), 'utf8'));
    expect(mail.header('Message-ID')).toBe(messageIdFor('rem-A-1', 'noreply@acme.nl'));
    expect(mail.header('X-Debiteur-Reminder')).toBe('rem-A-1');
    expect(mail.header('To')).toContain('boekhouding@korf.nl');
    expect(mail.header('Subject')).toContain('NR-A');
    expect(mail.body).toContain('https://pay.example.nl/A');
    expect(mail.body).toContain('Jan Korf');
    expect(await delivery.lag()).toEqual({ pending: 0, capped: false });
  });

  it('delivers nothing new when run again, and only what was sent since', async () => {
    await givenTwoEmailReminders();
    const outbox = new FileOutbox({ folder: world.outbox() });
    const recorded = flakyPort(outbox, []);
    const delivery = createReminderDelivery({ stores: world.stores(), port: recorded.port });
    await delivery.runOnce();

    const again = await delivery.runOnce();
    await world.remind('A', 2, 'rem-A-2');
    expect(await delivery.lag()).toEqual({ pending: 1, capped: false });
    const third = await delivery.runOnce();

    expect(again).toMatchObject({ examined: 0, delivered: 0 });
    expect(third).toMatchObject({ delivered: 1 });
    expect(recorded.keys).toEqual(['rem-A-1', 'rem-B-1', 'rem-A-2']);
    expect(filesIn(join(world.outbox(), 'acme'), '.eml')).toHaveLength(3);
  });

  it('keeps the checkpoint before a reminder it could not deliver, and delivers it next run', async () => {
    await givenTwoEmailReminders();
    const outbox = new FileOutbox({ folder: world.outbox() });
    const failing = flakyPort(outbox, [2]);
    const { logger, entries } = recordingLogger();
    const first = await createReminderDelivery({
      stores: world.stores(),
      port: failing.port,
      logger,
    }).runOnce();

    expect(first.delivered).toBe(1);
    expect(first.failure).toMatchObject({ eventId: 'rem-B-1', tenantId: 'acme' });
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ eventId: 'rem-B-1' }),
      }),
    );
    expect(filesIn(join(world.outbox(), 'acme'), '.eml')).toEqual(['rem-A-1.eml']);

    // A new process: only what the store remembers carries over.
    const restarted = flakyPort(outbox, []);
    const delivery = createReminderDelivery({ stores: world.stores(), port: restarted.port });
    expect(await delivery.lag()).toEqual({ pending: 1, capped: false });
    const second = await delivery.runOnce();

    expect(second).toMatchObject({ delivered: 1, failure: null });
    expect(restarted.keys).toEqual(['rem-B-1']);
    expect(filesIn(join(world.outbox(), 'acme'), '.eml')).toEqual(['rem-A-1.eml', 'rem-B-1.eml']);
  });

  it('recognises a reminder delivered before a crash that lost the checkpoint', async () => {
    await givenTwoEmailReminders();
    const port = new FileOutbox({ folder: world.outbox() });
    await createReminderDelivery({ stores: world.stores(), port }).runOnce();
    await world.stores().projections.reset(REMINDER_DELIVERY_CHECKPOINT);

    const replay = await createReminderDelivery({ stores: world.stores(), port }).runOnce();

    expect(replay).toMatchObject({ delivered: 0, alreadyDelivered: 2 });
    expect(filesIn(join(world.outbox(), 'acme'), '.eml')).toHaveLength(2);
  });

  it('shows the amounts as they stood when the reminder was sent', async () => {
    await world.registerDebtor('d1', { email: 'a@b.nl' });
    await world.issue('A', 'd1', { amount: 121000 });
    await world.remind('A', 1, 'rem-A-1');
    await world.pay('A', 100000);

    await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    const mail = readMail(readFileSync(join(world.outbox(), 'acme', 'rem-A-1.eml'), 'utf8'));
    expect(mail.body).toContain('€ 1.210,00');
    expect(mail.body).not.toContain('€ 210,00');
  });

  it('addresses the debtor as known now, so a corrected address is used', async () => {
    await world.registerDebtor('d1', { email: 'old@korf.nl' });
    await world.issue('A', 'd1');
    await world.remind('A', 1, 'rem-A-1');
    await world.changeEmail('d1', 'new@korf.nl');

    await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    const mail = readMail(readFileSync(join(world.outbox(), 'acme', 'rem-A-1.eml'), 'utf8'));
    expect(mail.header('To')).toContain('new@korf.nl');
  });

  it("states in a consumer's 14-day letter the costs and deadline its event recorded", async () => {
    await world.registerDebtor('d1', { kind: 'consumer' });
    await world.issue('A', 'd1', { paymentLink: 'https://pay.example.nl/A' });
    await world.remind('A', 3, 'rem-A-3', { kind: 'final-notice', channel: 'post' });
    const stream = await world.stores().events.readStream('invoice:acme:A');
    const sent = stream.map(reminderSentIn).find((event) => event !== null);
    const { statedCosts, deadline } = sent?.data ?? {};
    if (statedCosts === undefined || deadline === undefined) {
      throw new Error('the final notice recorded no costs or deadline');
    }

    await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    const pdf = pdfText(readFileSync(join(world.outbox(), 'acme', 'rem-A-3.pdf')));
    const html = readFileSync(join(world.outbox(), 'acme', 'rem-A-3.html'), 'utf8');
    for (const document of [pdf, html]) {
      expect(document).toContain(formatDay(deadline, 'nl'));
      expect(document).toContain(formatAmount(statedCosts, 'nl'));
      expect(document).toContain('NR-A');
      expect(document).toContain('https://pay.example.nl/A');
    }
  });

  it('states the statutory costs and the legal deadline in a final notice recorded without them', async () => {
    await world.registerDebtor('d1', { kind: 'consumer' });
    await world.issue('A', 'd1', { amount: 121000 });
    await world.stores().events.appendToStream(
      'invoice:acme:A',
      [
        {
          eventId: 'rem-A-3',
          schemaVersion: 1,
          type: 'ReminderSent',
          // As recorded before final notices carried `statedCosts` and `deadline`.
          data: { level: 3, kind: 'final-notice', channel: 'post', sentOn: '2026-12-01' },
          metadata: {
            tenantId: 'acme',
            occurredAt: '2026-12-01T09:00:00+01:00',
            actor: 'test',
            reason: null,
            correlationId: 'c-test',
            causationId: null,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
    const costs = statutoryCollectionCosts(cents(121000));
    const { deadline } = fourteenDayLetterDeadline(day('2026-12-01'));

    await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    const html = readFileSync(join(world.outbox(), 'acme', 'rem-A-3.html'), 'utf8');
    expect(costs).not.toBeNull();
    expect(html).toContain(formatAmount(costs ?? cents(0), 'nl'));
    expect(html).toContain(formatDay(deadline, 'nl'));
  });

  it('names the commercial interest accrued by the date of a demand to a business', async () => {
    await world.registerDebtor('d1', { email: 'a@korf.nl' });
    await world.issue('A', 'd1', { amount: 121000 });
    await world.remind('A', 2, 'rem-A-2', { kind: 'demand' });
    const interest = statutoryInterest({
      principal: cents(121000),
      kind: 'commercial',
      from: day('2026-11-24'), // the day after the due date
      until: day('2026-12-02'), // up to and including the letter's date, 1 December
    }).total;

    await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    expect(interest.amount).toBeGreaterThan(0);
    const html = readFileSync(join(world.outbox(), 'acme', 'rem-A-2.html'), 'utf8');
    expect(html).toContain(formatAmount(interest, 'nl'));
    expect(html).toContain('6:119a');
  });

  it('sets aside a reminder whose debtor has no e-mail address, and delivers the rest', async () => {
    await world.registerDebtor('no-mail', {});
    await world.registerDebtor('d1', { email: 'a@b.nl' });
    await world.issue('A', 'no-mail');
    await world.issue('B', 'd1');
    await world.remind('A', 1, 'rem-A-1');
    await world.remind('B', 1, 'rem-B-1');
    const { logger, entries } = recordingLogger();

    const summary = await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
      logger,
    }).runOnce();

    expect(summary.delivered).toBe(1);
    expect(summary.failure).toBeNull();
    expect(summary.undeliverable).toEqual([
      { eventId: 'rem-A-1', tenantId: 'acme', invoiceId: 'A', reason: 'no-email-address' },
    ]);
    expect(filesIn(join(world.outbox(), 'undeliverable', 'acme'))).toEqual([
      'rem-A-1.html',
      'rem-A-1.json',
      'rem-A-1.pdf',
    ]);
    const setAside = JSON.parse(
      readFileSync(join(world.outbox(), 'undeliverable', 'acme', 'rem-A-1.json'), 'utf8'),
    );
    expect(setAside).toMatchObject({ reason: 'no-email-address', invoiceNumber: 'NR-A' });
    expect(entries.map((e) => e.level)).toContain('warn');
  });

  it('writes a letter for the post channel and skips a phone reminder', async () => {
    await world.registerDebtor('d1', { contactPerson: 'Mevr. Smit' });
    await world.issue('A', 'd1');
    await world.issue('B', 'd1');
    await world.remind('A', 1, 'rem-A-1', { channel: 'post' });
    await world.remind('B', 1, 'rem-B-1', { channel: 'phone' });

    const summary = await createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    }).runOnce();

    expect(summary).toMatchObject({ delivered: 1, skipped: 1 });
    expect(filesIn(join(world.outbox(), 'acme'))).toEqual([
      'rem-A-1.html',
      'rem-A-1.json',
      'rem-A-1.pdf',
    ]);
    const letter = JSON.parse(readFileSync(join(world.outbox(), 'acme', 'rem-A-1.json'), 'utf8'));
    expect(letter.to).toEqual({ kind: 'postal', name: 'Debtor d1', attention: 'Mevr. Smit' });
  });

  it('writes in the language of the deployment unless the tenant has its own', async () => {
    const globex = tenant('globex');
    for (const t of [ACME, globex]) {
      await world.registerDebtor('d1', { email: 'a@b.nl' }, t);
      await world.issue('A', 'd1', {}, t);
      await world.remind('A', 1, `rem-${t}`, {}, t);
    }
    const port = flakyPort(new FileOutbox({ folder: world.outbox() }), []);
    const languages: Record<string, string> = {};
    const spy: DeliveryPort = {
      deliver: (message) => {
        languages[message.tenantId] = message.language;
        return port.port.deliver(message);
      },
    };

    await createReminderDelivery({
      stores: world.stores(),
      port: spy,
      language: 'en',
      tenants: { globex: { language: 'nl' } },
    }).runOnce();

    expect(languages).toEqual({ acme: 'en', globex: 'nl' });
  });

  it('stops following when aborted', async () => {
    await givenTwoEmailReminders();
    const stop = new AbortController();
    const delivery = createReminderDelivery({
      stores: world.stores(),
      port: new FileOutbox({ folder: world.outbox() }),
    });
    const following = delivery.follow(stop.signal, 10);
    const deadline = Date.now() + 5_000;
    while (filesIn(join(world.outbox(), 'acme'), '.eml').length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stop.abort();
    await following;

    expect(filesIn(join(world.outbox(), 'acme'), '.eml')).toHaveLength(2);
  });
});
