import { ReminderKind } from '@debiteur/core';
import { cents, day } from '../delivery.spec-values';
import { Language } from '../reminder-message';
import { ReminderFacts } from './reminder-letter';
import { renderReminder } from './render-reminder';

const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  kind: 'reminder',
  level: 1,
  sentOn: day('2026-12-01'),
  invoice: {
    number: '2026-0042',
    description: 'Onderhoud installatie, oktober',
    issueDate: day('2026-10-09'),
    dueDate: day('2026-11-23'),
    amount: cents(150000),
    outstanding: cents(123456),
    paymentLink: 'https://pay.example.nl/2026-0042?token=a&b=1',
  },
  debtor: { name: 'Bakkerij De Korf B.V.', kind: 'business', contactPerson: 'Mevr. J. Jansen' },
  ...over,
});

const KINDS: readonly ReminderKind[] = ['reminder', 'demand', 'final-notice', 'hand-over'];

describe('Rendering a reminder', () => {
  describe.each([
    ['nl', '€ 1.234,56', '€ 1.500,00', '23 november 2026', '9 oktober 2026'],
    ['en', '€1,234.56', '€1,500.00', '23 November 2026', '9 October 2026'],
  ] as const)('in %s', (language: Language, outstanding, original, dueDate, issueDate) => {
    it.each(KINDS)('a %s names the invoice, what it was for, amounts and dates', (kind) => {
      const { subject, text, html } = renderReminder(facts({ kind }), { language });

      expect(subject).toContain('2026-0042');
      for (const part of [text, html]) {
        expect(part).toContain('2026-0042');
        expect(part).toContain('Onderhoud installatie, oktober');
        expect(part).toContain(outstanding);
        expect(part).toContain(original);
        expect(part).toContain(dueDate);
        expect(part).toContain(issueDate);
      }
      expect(text).toContain('https://pay.example.nl/2026-0042?token=a&b=1');
      expect(html).toContain('href="https://pay.example.nl/2026-0042?token=a&amp;b=1"');
      expect(html).toContain(`lang="${language}"`);
    });

    it('gives every kind its own subject', () => {
      const subjects = KINDS.map((kind) => renderReminder(facts({ kind }), { language }).subject);
      expect(new Set(subjects).size).toBe(KINDS.length);
    });

    it('greets the contact person by name', () => {
      const { text, html } = renderReminder(facts(), { language });
      expect(text.split('\n')[0]).toContain('Mevr. J. Jansen');
      expect(html).toContain('Mevr. J. Jansen');
    });

    it('leaves the payment link out when the invoice has none', () => {
      const base = facts();
      const { text, html } = renderReminder(
        facts({ invoice: { ...base.invoice, paymentLink: null } }),
        { language },
      );
      expect(html).not.toContain('<a ');
      expect(text).not.toContain('https://');
    });

    it('signs with the sender name when one is given', () => {
      const signed = renderReminder(facts(), { language, senderName: 'Incasso Team Noord' });
      const unsigned = renderReminder(facts(), { language });
      expect(signed.text.trimEnd().endsWith('Incasso Team Noord')).toBe(true);
      expect(unsigned.text).not.toContain('Incasso Team Noord');
    });

    it("names the statutory collection costs in a consumer's final notice", () => {
      const consumer = { name: 'P. de Vries', kind: 'consumer', contactPerson: null } as const;
      const base = facts();
      const small = { ...base.invoice, outstanding: cents(12100) };
      const toConsumer = renderReminder(
        facts({ kind: 'final-notice', debtor: consumer, invoice: small }),
        { language },
      );
      const toBusiness = renderReminder(facts({ kind: 'final-notice', invoice: small }), {
        language,
      });
      const minimum = language === 'nl' ? '€ 40,00' : '€40.00';
      expect(toConsumer.text).toContain(minimum);
      expect(toConsumer.text).toContain('P. de Vries');
      expect(toBusiness.text).not.toContain(minimum);
    });
  });

  it('is in Dutch or English as asked', () => {
    expect(renderReminder(facts(), { language: 'nl' }).subject).toMatch(/^Herinnering/);
    expect(renderReminder(facts({ kind: 'demand' }), { language: 'nl' }).subject).toMatch(
      /^Aanmaning/,
    );
    expect(renderReminder(facts({ kind: 'final-notice' }), { language: 'nl' }).subject).toMatch(
      /^Laatste aanmaning/,
    );
    expect(renderReminder(facts(), { language: 'en' }).subject).toMatch(/^Reminder/);
  });

  it('escapes what the invoice says, so a description cannot inject HTML', () => {
    const base = facts();
    const hostile = {
      ...base.invoice,
      number: 'INV-<b>1</b>',
      description: '<script>alert("x")</script> & more',
    };
    const debtor = {
      name: 'X',
      kind: 'business',
      contactPerson: '<img src=x onerror=alert(1)>',
    } as const;
    const { text, html } = renderReminder(facts({ invoice: hostile, debtor }), { language: 'nl' });

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(text).toContain('<script>alert("x")</script> & more');
  });

  it('renders the same facts to the same letter', () => {
    expect(renderReminder(facts(), { language: 'nl' })).toEqual(
      renderReminder(facts(), { language: 'nl' }),
    );
  });
});
