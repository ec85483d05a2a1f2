import { cents, day } from '../delivery.spec-values';
import { Language } from '../reminder-message';
import { CONSUMER, KINDS, letterFacts as facts, WRITTEN } from './letter.spec-facts';
import { letterFor, renderReminder } from './render-reminder';

/** The 14-day term as HR 25-11-2016 (ECLI:NL:HR:2016:2704) accepts it, in each language. */
const TERM: Readonly<Record<Language, RegExp>> = {
  nl: /binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd/,
  en: /within fourteen days from the day after this letter was delivered to you/,
};

describe('Rendering a reminder', () => {
  describe.each(['nl', 'en'] as const)('in %s', (language: Language) => {
    const written = WRITTEN[language];

    it.each(KINDS)('a %s names the invoice, what it was for, amounts and dates', (kind) => {
      const { subject, text, html } = renderReminder(facts({ kind }), { language });

      expect(subject).toContain('2026-0042');
      for (const part of [text, html]) {
        expect(part).toContain('2026-0042');
        expect(part).toContain('Onderhoud installatie, oktober');
        expect(part).toContain(written.outstanding);
        expect(part).toContain(written.original);
        expect(part).toContain(written.dueDate);
        expect(part).toContain(written.issueDate);
      }
      expect(text).toContain('https://pay.example.nl/2026-0042?token=a&b=1');
      expect(html).toContain('href="https://pay.example.nl/2026-0042?token=a&amp;b=1"');
      expect(html).toContain(`lang="${language}"`);
    });

    it('dates the letter, so the 14-day term can be reckoned from it', () => {
      const { html } = renderReminder(facts({ kind: 'final-notice' }), { language });
      expect(html).toContain(language === 'nl' ? '23 november 2026' : '23 November 2026');
    });

    it('gives the 14-day letter its term from delivery, the deadline by name and the costs', () => {
      const { text, html } = renderReminder(facts({ kind: 'final-notice', debtor: CONSUMER }), {
        language,
      });
      for (const part of [text, html]) {
        expect(part).toMatch(TERM[language]);
        expect(part).toContain(written.deadline);
        expect(part).toContain(written.costs);
        expect(part).toContain(written.interest);
      }
    });

    it('keeps the term of a 14-day letter whose deadline is unknown, without naming a date', () => {
      const { text } = renderReminder(facts({ kind: 'final-notice', deadline: null }), {
        language,
      });
      expect(text).toMatch(TERM[language]);
      expect(text).not.toContain(written.deadline);
    });

    it('names collection costs only where the facts hold them', () => {
      const stated = renderReminder(facts({ kind: 'final-notice' }), { language }).text;
      const none = renderReminder(facts({ kind: 'final-notice', collectionCosts: null }), {
        language,
      }).text;
      const demand = renderReminder(facts({ kind: 'demand' }), { language }).text;

      expect(stated).toContain(written.costs);
      expect(none).not.toContain(written.costs);
      expect(demand).not.toContain(written.costs);
    });

    it('names statutory interest with the article of its rate, and not in a friendly reminder', () => {
      const commercial = renderReminder(facts({ kind: 'demand' }), { language }).text;
      const consumer = renderReminder(
        facts({
          kind: 'demand',
          debtor: CONSUMER,
          interest: { amount: cents(1263), until: day('2026-11-23'), rate: 'consumer' },
        }),
        { language },
      ).text;
      const reminder = renderReminder(facts({ kind: 'reminder' }), { language }).text;

      expect(commercial).toContain(written.interest);
      expect(commercial).toContain('6:119a');
      expect(consumer).toContain(written.interest);
      expect(consumer).not.toContain('6:119a');
      expect(consumer).toContain('6:119');
      expect(reminder).not.toContain(written.interest);
    });

    it('sums principal, interest and costs on a hand-over', () => {
      const { text } = renderReminder(facts({ kind: 'hand-over' }), { language });
      expect(text).toContain(language === 'nl' ? '€ 1.432,37' : '€1,432.37');
    });

    it('gives every kind its own subject', () => {
      const subjects = KINDS.map((kind) => renderReminder(facts({ kind }), { language }).subject);
      expect(new Set(subjects).size).toBe(KINDS.length);
    });

    it('greets the contact person by name and addresses the letter for their attention', () => {
      const { text, html } = renderReminder(facts(), { language });
      expect(text.split('\n')[0]).toContain('Mevr. J. Jansen');
      expect(html).toContain('Bakkerij De Korf B.V.<br>');
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
  });

  it('is in Dutch or English as asked', () => {
    const subject = (kind: (typeof KINDS)[number], language: Language) =>
      renderReminder(facts({ kind }), { language }).subject;
    expect(subject('reminder', 'nl')).toMatch(/^Herinnering/);
    expect(subject('demand', 'nl')).toMatch(/^Aanmaning/);
    expect(subject('final-notice', 'nl')).toMatch(/^Laatste aanmaning/);
    expect(subject('reminder', 'en')).toMatch(/^Reminder/);
  });

  it('names the PDF after the kind and the invoice, safe for any file system', () => {
    const base = facts();
    const letter = letterFor(
      facts({ kind: 'final-notice', invoice: { ...base.invoice, number: 'F/2026 042' } }),
      { language: 'nl' },
    );
    expect(letter.fileName).toBe('laatste-aanmaning-f-2026-042.pdf');
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
