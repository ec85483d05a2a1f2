import PDFDocument from 'pdfkit';
import { Letter } from './reminder-letter';

/** PDF points per millimetre. */
const MM = 72 / 25.4;
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
/** Where a Dutch window envelope (C5/6, window on the left) shows the address. */
const ADDRESS_TOP = 50 * MM;
const HEADING_TOP = 80 * MM;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = 10;
const LINK_COLOUR = '#1a4fa0';

type Doc = PDFKit.PDFDocument;

/** What Windows-1252 adds to Latin-1, the characters the standard PDF fonts can show. */
const WINDOWS_1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const LOOK_ALIKES: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i' };

const printable = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (
    c === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WINDOWS_1252_EXTRAS.has(c)
  );
};

/**
 * Text the standard fonts can print: a character outside Windows-1252 loses its accents
 * (`ş` → `s`) or becomes a look-alike (`ł` → `l`), else `?`, instead of printing as garbage.
 */
export const printableText = (text: string): string =>
  Array.from(text)
    .map((c) => {
      if (printable(c)) return c;
      const bare = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      if (bare !== '' && Array.from(bare).every(printable)) return bare;
      return LOOK_ALIKES[c] ?? '?';
    })
    .join('');

const contentWidth = (doc: Doc): number => doc.page.width - LEFT - RIGHT;

/** Starts a new page when `height` does not fit on this one. */
const ensureRoom = (doc: Doc, height: number): void => {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
};

/** Label and value rows in two columns; a long value wraps in its own column. */
const rows = (doc: Doc, items: Letter['facts'], labelWidth: number): void => {
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of items) {
    doc.font(BOLD);
    const labelHeight = doc.heightOfString(label, { width: labelWidth - 8 });
    doc.font(FONT);
    const height = Math.max(labelHeight, doc.heightOfString(value, { width: valueWidth }));
    ensureRoom(doc, height);
    const top = doc.y;
    doc.font(BOLD).text(label, LEFT, top, { width: labelWidth - 8 });
    doc.font(FONT).text(value, LEFT + labelWidth, top, { width: valueWidth });
    doc.x = LEFT;
    doc.y = top + height + 2;
  }
};

const paragraph = (doc: Doc, text: string): void => {
  doc.font(FONT).fontSize(SIZE);
  ensureRoom(doc, doc.heightOfString(text, { width: contentWidth(doc) }));
  doc.text(text, LEFT, doc.y, { width: contentWidth(doc), paragraphGap: 7, lineGap: 1.5 });
};

const draw = (doc: Doc, letter: Letter): void => {
  doc.fontSize(SIZE);
  if (letter.sender !== null) {
    doc
      .font(BOLD)
      .fontSize(13)
      .text(letter.sender, LEFT, doc.page.margins.top, {
        width: contentWidth(doc),
        align: 'right',
      });
  }
  doc.font(FONT).fontSize(SIZE);
  doc.text(letter.addressee.join('\n'), LEFT, ADDRESS_TOP, { width: 85 * MM });
  doc.y = Math.max(doc.y + 8 * MM, HEADING_TOP);
  rows(doc, letter.heading, 25 * MM);
  doc.moveDown(1.5);

  paragraph(doc, letter.salutation);
  for (const text of letter.body) paragraph(doc, text);
  doc.moveDown(0.5);
  rows(doc, letter.facts, 70 * MM);
  doc.moveDown(1);

  if (letter.payment !== null) {
    ensureRoom(doc, 3 * SIZE * 1.4);
    doc.font(BOLD).text(letter.payment.label, LEFT, doc.y, { width: contentWidth(doc) });
    doc
      .font(FONT)
      .fillColor(LINK_COLOUR)
      .text(printableText(letter.payment.url), {
        width: contentWidth(doc),
        link: letter.payment.url,
        underline: true,
      })
      .fillColor('black');
    doc.moveDown(1);
  }
  for (const text of letter.postscript) paragraph(doc, text);
  paragraph(
    doc,
    [letter.closing, ...(letter.signature === null ? [] : ['', letter.signature])].join('\n'),
  );
};

const printableRows = (rows: Letter['facts']): Letter['facts'] =>
  rows.map(([label, value]) => [printableText(label), printableText(value)] as const);

/** The letter with every printed text made printable; the link itself stays as it is. */
const printableLetter = (letter: Letter): Letter => ({
  ...letter,
  sender: letter.sender === null ? null : printableText(letter.sender),
  addressee: letter.addressee.map(printableText),
  heading: printableRows(letter.heading),
  salutation: printableText(letter.salutation),
  body: letter.body.map(printableText),
  facts: printableRows(letter.facts),
  payment:
    letter.payment === null
      ? null
      : { label: printableText(letter.payment.label), url: letter.payment.url },
  postscript: letter.postscript.map(printableText),
  closing: printableText(letter.closing),
  signature: letter.signature === null ? null : printableText(letter.signature),
  pageFooter: (page, pages) => printableText(letter.pageFooter(page, pages)),
});

/** The footer on every page, drawn once all pages exist so it can count them. */
const footers = (doc: Doc, letter: Letter): void => {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor('#666666')
      .text(letter.pageFooter(index - start + 1, count), LEFT, doc.page.height - 12 * MM, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      })
      .fillColor('black');
    doc.page.margins.bottom = bottom;
  }
};

/**
 * A letter as an A4 PDF (PDFKit, the standard Helvetica font): the sender at the top, the
 * addressee where a window envelope shows it, date and subject, the text, the facts in two
 * columns and the payment link as a clickable, printed URL. `createdAt` is written into the
 * document's metadata instead of the clock, so the same letter always gives the same bytes.
 * The standard fonts carry Western European characters (Windows-1252); others print as
 * the font's substitute.
 */
export const letterAsPdf = (letter: Letter, createdAt: Date): Promise<Buffer> =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 20 * MM, bottom: 20 * MM, left: LEFT, right: RIGHT },
      lang: letter.language,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: letter.subject,
        Author: letter.sender ?? 'Debiteur',
        Creator: 'Debiteur',
        Producer: 'Debiteur (PDFKit)',
        CreationDate: createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const printable = printableLetter(letter);
      draw(doc, printable);
      footers(doc, printable);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
