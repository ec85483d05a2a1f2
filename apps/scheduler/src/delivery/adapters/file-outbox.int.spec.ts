import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { debtor, invoice, tenant } from '../delivery.spec-values';
import { ReminderMessage } from '../reminder-message';
import { FileOutbox } from './file-outbox';

const message = (over: Partial<ReminderMessage> = {}): ReminderMessage => ({
  idempotencyKey: 'evt-1',
  tenantId: tenant('acme'),
  invoiceId: invoice('A'),
  invoiceNumber: '2026-001',
  debtorId: debtor('d1'),
  level: 1,
  kind: 'reminder',
  channel: 'email',
  sentOn: '2026-12-01',
  occurredAt: '2026-12-01T09:00:00+01:00',
  language: 'nl',
  subject: 'Herinnering: factuur 2026-001',
  text: 'Geachte heer, mevrouw,\n',
  html: '<p>Geachte heer, mevrouw,</p>',
  pdf: { fileName: 'herinnering-2026-001.pdf', content: Buffer.from('%PDF-1.3 test') },
  to: { kind: 'email', address: 'a@b.nl', name: 'A' },
  ...over,
});

/** The files a reader sees: not the temporary ones of a write in progress. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => !name.endsWith('.tmp'))
    .sort();

describe('The file outbox', () => {
  const folder = useTempFolder('outbox', { per: 'test' });

  it('keeps one file when the same reminder is delivered concurrently', async () => {
    const outbox = new FileOutbox({ folder: folder.dir });
    const receipts = await Promise.all(Array.from({ length: 8 }, () => outbox.deliver(message())));

    expect(receipts.filter((r) => r.status === 'delivered')).toHaveLength(1);
    expect(receipts.filter((r) => r.status === 'already-delivered')).toHaveLength(7);
    expect(filesIn(folder.path('acme'))).toEqual(['evt-1.eml', 'evt-1.html', 'evt-1.pdf']);
  });

  it('keeps the first version of a reminder delivered again', async () => {
    const outbox = new FileOutbox({ folder: folder.dir });
    await outbox.deliver(message());
    const again = await outbox.deliver(message({ subject: 'Changed' }));

    expect(again.status).toBe('already-delivered');
    expect(readFileSync(folder.path('acme', 'evt-1.eml'), 'utf8')).toContain(
      'Subject: Herinnering: factuur 2026-001',
    );
  });

  it('writes the letter as HTML and PDF beside the e-mail, and attaches the PDF', async () => {
    const outbox = new FileOutbox({ folder: folder.dir });
    await outbox.deliver(message());

    const eml = readFileSync(folder.path('acme', 'evt-1.eml'), 'utf8');
    expect(readFileSync(folder.path('acme', 'evt-1.pdf'), 'latin1')).toBe('%PDF-1.3 test');
    expect(readFileSync(folder.path('acme', 'evt-1.html'), 'utf8')).toBe(
      '<p>Geachte heer, mevrouw,</p>',
    );
    expect(eml).toMatch(/Content-Type: application\/pdf; name=herinnering-2026-001\.pdf/);
  });

  it('writes a letter as HTML and PDF, and a record that names the PDF file', async () => {
    const outbox = new FileOutbox({ folder: folder.dir });
    const receipt = await outbox.deliver(
      message({ channel: 'post', to: { kind: 'postal', name: 'Bakkerij', attention: null } }),
    );

    expect(receipt).toMatchObject({ status: 'delivered' });
    expect(filesIn(folder.path('acme'))).toEqual(['evt-1.html', 'evt-1.json', 'evt-1.pdf']);
    const record = JSON.parse(readFileSync(folder.path('acme', 'evt-1.json'), 'utf8'));
    expect(record.pdf).toEqual({ fileName: 'herinnering-2026-001.pdf', file: 'evt-1.pdf' });
  });

  it('makes file names of ids a file system could misread', async () => {
    const outbox = new FileOutbox({ folder: folder.dir });
    await outbox.deliver(message({ idempotencyKey: '../../escape' }));

    expect(filesIn(folder.path('acme'))).toEqual([
      '..%2F..%2Fescape.eml',
      '..%2F..%2Fescape.html',
      '..%2F..%2Fescape.pdf',
    ]);
    expect(readdirSync(folder.dir)).toEqual(['acme']);
  });
});
