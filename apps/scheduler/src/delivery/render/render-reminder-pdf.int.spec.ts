import { Language } from '../reminder-message';
import { CONSUMER, KINDS, letterFacts as facts, WRITTEN } from './letter.spec-facts';
import { pdfPageAsPng, pdfText, PNG_SIGNATURE, readPng } from './poppler.spec-helpers';
import { renderReminderPdf } from './render-reminder';

const A4_RATIO = 297 / 210;

describe('A reminder as a PDF', () => {
  describe.each(['nl', 'en'] as const)('in %s', (language: Language) => {
    const written = WRITTEN[language];

    it.each(KINDS)('prints the invoice, amounts and payment link of a %s', async (kind) => {
      const pdf = await renderReminderPdf(facts({ kind }), { language });
      const text = pdfText(pdf.content);

      expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(text).toContain('2026-0042');
      expect(text).toContain('Onderhoud installatie, oktober');
      expect(text).toContain(written.outstanding);
      expect(text).toContain(written.dueDate);
      expect(text).toContain('https://pay.example.nl/2026-0042?token=a&b=1');
    });

    it('prints the deadline by name, the costs and the interest of a 14-day letter', async () => {
      const pdf = await renderReminderPdf(facts({ kind: 'final-notice', debtor: CONSUMER }), {
        language,
      });
      const text = pdfText(pdf.content);

      expect(text).toContain(written.deadline);
      expect(text).toContain(written.costs);
      expect(text).toContain(written.interest);
      expect(text).toContain('P. de Vries');
    });
  });

  it('draws page 1 of a 14-day letter as an A4 page with text on it', async () => {
    const pdf = await renderReminderPdf(facts({ kind: 'final-notice', debtor: CONSUMER }), {
      language: 'nl',
      senderName: 'Installatiebedrijf Noord B.V.',
    });
    const png = pdfPageAsPng(pdf.content, 1, 60);
    const page = readPng(png);

    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(page.width).toBeGreaterThan(400); // 210 mm at 60 dpi is 496 px
    expect(page.height / page.width).toBeCloseTo(A4_RATIO, 1);
    expect(page.inkFraction).toBeGreaterThan(0.005);
    expect(page.inkFraction).toBeLessThan(0.3);
  });

  it('prints names outside the standard fonts readably instead of as garbage', async () => {
    const pdf = await renderReminderPdf(
      facts({ debtor: { name: 'Łukasz Şahin', kind: 'consumer', contactPerson: null } }),
      { language: 'nl' },
    );
    expect(pdfText(pdf.content)).toContain('Lukasz Sahin');
  });

  it('gives the same bytes for the same letter, whenever it is rendered', async () => {
    const first = await renderReminderPdf(facts({ kind: 'demand' }), { language: 'en' });
    const second = await renderReminderPdf(facts({ kind: 'demand' }), { language: 'en' });
    expect(first.content.equals(second.content)).toBe(true);
    expect(first.fileName).toBe('demand-for-payment-2026-0042.pdf');
  });
});
