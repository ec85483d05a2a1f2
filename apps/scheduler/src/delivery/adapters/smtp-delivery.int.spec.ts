import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { parseDeliveryLocation } from '../delivery-location';
import { useSqliteWorld } from '../follower/delivery.spec-fixtures';
import { createReminderDelivery } from '../follower/reminder-delivery';
import { DeliveryLogger } from '../follower/reminder-delivery.types';
import { messageIdFor } from './mail-options';
import { pdfText } from '../render/poppler.spec-helpers';
import { pdfAttachmentsOf, readMail } from './mail.spec-helpers';

interface Received {
  readonly mailFrom: string | null;
  readonly rcptTo: readonly string[];
  readonly user: unknown;
  readonly raw: string;
}

/** A real SMTP server on a local port that keeps what it receives. */
const startSmtpServer = async (port = 0) => {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === 'mailer' && auth.password === 's3cr:et'
        ? callback(null, { user: auth.username })
        : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          mailFrom: mailFrom === false ? null : mailFrom.address,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          user: session.user,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const freePort = async (): Promise<number> => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
};

const quietLogger: DeliveryLogger = { info: () => {}, warn: () => {}, error: () => {} };

describe('Delivering reminders over SMTP', () => {
  const world = useSqliteWorld();
  let server: Awaited<ReturnType<typeof startSmtpServer>> | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  const location = (port: number) =>
    `smtp://mailer:${encodeURIComponent('s3cr:et')}@127.0.0.1:${port}` +
    `?from=${encodeURIComponent('Acme Incasso <incasso@acme.nl>')}` +
    `&outbox=${encodeURIComponent(world.outbox())}&timeoutMs=5000`;

  it('sends the reminder to the debtor, marked with its event id', async () => {
    server = await startSmtpServer();
    await world.registerDebtor('d1', { email: 'boekhouding@korf.nl', contactPerson: 'Jan Korf' });
    await world.issue('A', 'd1', { paymentLink: 'https://pay.example.nl/A?t=1' });
    await world.remind('A', 1, 'rem-A-1');
    const port = parseDeliveryLocation(location(server.port));

    const summary = await createReminderDelivery({ stores: world.stores(), port }).runOnce();
    await port.close?.();

    expect(summary).toMatchObject({ delivered: 1, failure: null });
    expect(server.received).toHaveLength(1);
    const [message] = server.received;
    expect(message?.mailFrom).toBe('incasso@acme.nl');
    expect(message?.rcptTo).toEqual(['boekhouding@korf.nl']);
    expect(message?.user).toBe('mailer');
    const mail = readMail(message?.raw ?? '');
    expect(mail.header('Subject')).toBe('Herinnering: factuur NR-A');
    expect(mail.header('Message-ID')).toBe(messageIdFor('rem-A-1', 'incasso@acme.nl'));
    expect(mail.header('To')).toContain('Jan Korf');
    expect(mail.body).toContain('NR-A');
    expect(mail.body).toContain('https://pay.example.nl/A?t=1');
    expect(mail.body).toContain('€ 1.210,00');
    const attachments = pdfAttachmentsOf(message?.raw ?? '');
    expect(attachments.map((a) => a.fileName)).toEqual(['herinnering-nr-a.pdf']);
    const pdf = pdfText(attachments[0]?.content ?? Buffer.alloc(0));
    expect(pdf).toContain('NR-A');
    expect(pdf).toContain('€ 1.210,00');
    expect(pdf).toContain('https://pay.example.nl/A?t=1');
  });

  it('keeps a reminder while the server is down and sends it once the server is back', async () => {
    const port = await freePort();
    await world.registerDebtor('d1', { email: 'a@korf.nl' });
    await world.issue('A', 'd1');
    await world.remind('A', 1, 'rem-A-1');
    const smtp = parseDeliveryLocation(location(port));
    const delivery = createReminderDelivery({
      stores: world.stores(),
      port: smtp,
      logger: quietLogger,
    });

    const whileDown = await delivery.runOnce();
    server = await startSmtpServer(port);
    const afterwards = await delivery.runOnce();
    const later = await delivery.runOnce();
    await smtp.close?.();

    expect(whileDown).toMatchObject({ delivered: 0, failure: { eventId: 'rem-A-1' } });
    expect(afterwards).toMatchObject({ delivered: 1, failure: null });
    expect(later).toMatchObject({ delivered: 0, examined: 0 });
    expect(server.received.map((m) => readMail(m.raw).header('X-Debiteur-Reminder'))).toEqual([
      'rem-A-1',
    ]);
  });

  it('puts letters in the outbox, since SMTP carries only e-mail', async () => {
    server = await startSmtpServer();
    await world.registerDebtor('d1', { email: 'a@korf.nl' });
    await world.issue('A', 'd1');
    await world.remind('A', 1, 'rem-A-1', { channel: 'post' });
    const port = parseDeliveryLocation(location(server.port));

    const summary = await createReminderDelivery({ stores: world.stores(), port }).runOnce();
    await port.close?.();

    expect(summary.delivered).toBe(1);
    expect(server.received).toHaveLength(0);
    expect(existsSync(join(world.outbox(), 'acme', 'rem-A-1.json'))).toBe(true);
  });
});
