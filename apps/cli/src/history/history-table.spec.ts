import { EventEnvelope, InvoiceEvent, invoiceTimeline } from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import stringWidth from 'string-width';
import { valid } from '../analyst/testing/seed-books';
import { historyTable } from './history-table';
import { issuedEvent } from './testing/issued-event';
import { paidEvent } from './testing/paid-event';

/** Whether a terminal acts on `char` rather than showing it: C0, DEL, C1, bidi controls. */
const actsOnTheTerminal = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
};

interface Facts {
  readonly number?: string;
  readonly actor?: string;
  readonly reason?: string | null;
}

const issued = ({ number = 'F-1', actor = 'api:test' }: Facts = {}): RecordedEvent => {
  const event = issuedEvent({ id: 'api-1', number, recordedAt: '2026-03-02T09:00:00.000Z' }, 1);
  return { ...event, metadata: { ...event.metadata, actor } };
};

const paid = ({ actor = 'api:test', reason = null }: Facts = {}): RecordedEvent => {
  const event = paidEvent({ id: 'api-1', recordedAt: '2026-03-10T09:00:00.000Z' }, 2);
  return { ...event, metadata: { ...event.metadata, actor, reason } };
};

const tableOf = (...events: RecordedEvent[]): string[] =>
  historyTable(
    invoiceTimeline(
      events.map((event) => valid(decodeRecordedEvent(event)) as EventEnvelope<InvoiceEvent>),
    ),
  );

/**
 * The terminal column a cell starting with `text` starts at on `line` (after the two spaces
 * between columns): the display width of what precedes it.
 */
const columnOf = (line: string, text: string): number => {
  const at = line.indexOf(`  ${text}`);
  if (at < 0) throw new Error(`no cell "${text}" on "${line}"`);
  return stringWidth(line.slice(0, at + 2));
};

/** The lines holding a character that a terminal would act on. */
const unsafe = (lines: readonly string[]) =>
  lines.filter((line) => Array.from(line).some(actsOnTheTerminal));

describe('The history table', () => {
  it.each([
    ['a newline', 'line1\nline2', 'line1\\nline2'],
    ['a carriage return', 'typed\rover', 'typed\\rover'],
    ['a tab', 'col\tumn', 'col\\tumn'],
    ['colour escapes', 'TAB \u001b[31mRED\u001b[0m', 'TAB \\x1b[31mRED\\x1b[0m'],
    ['a window title escape', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['NUL and DEL', 'a\u0000b\u007f', 'a\\x00b\\x7f'],
    ['a C1 control sequence introducer', '\u009b2J', '\\x9b2J'],
    ['a right-to-left override', 'pay \u202eevil\u202c', 'pay \\u202eevil\\u202c'],
    ['a bidi isolate', '\u2067isolated\u2069', '\\u2067isolated\\u2069'],
  ])('shows a reason holding %s escaped, on one line', (_, reason, shown) => {
    const lines = tableOf(issued(), paid({ reason }));

    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain(shown);
    expect(unsafe(lines)).toEqual([]);
  });

  it('doubles a backslash, so that an escape it shows is never one the data held', () => {
    const lines = tableOf(issued(), paid({ reason: 'C:\\new \\x1b' }));

    expect(lines[3]).toContain('C:\\\\new \\\\x1b');
  });

  it('escapes the actor and the invoice number as it escapes a reason', () => {
    const lines = tableOf(
      issued({ number: 'F-1\u001b]0;pwned\u0007', actor: 'api:\u001b[2Jroot' }),
      paid({ reason: 'line1\nline2\tTAB \u001b[31mRED\u001b[0m' }),
    );

    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('api:\\x1b[2Jroot');
    expect(lines[2]).toContain('Invoice F-1\\x1b]0;pwned\\x07 issued');
    expect(lines[3]).toContain('line1\\nline2\\tTAB \\x1b[31mRED\\x1b[0m');
    expect(unsafe(lines)).toEqual([]);
  });

  describe('with CJK, emoji and combining marks in the actor and the reason', () => {
    // 山田太郎 😀 takes 11 terminal columns (4 wide characters, a space, a wide emoji);
    // 請求書 😀 café 14 (the é is an e with a combining acute accent, which takes none).
    const lines = tableOf(
      issued({ actor: 'api:test' }),
      paid({ actor: '山田太郎 😀', reason: '請求書 😀 cafe\u0301' }),
    );
    const [header = '', ruler = '', issuedRow = '', paidRow = ''] = lines;

    it('pads the columns by the terminal columns a cell takes', () => {
      const [, , , who, , why] = ruler.split('  ');

      expect([who, why]).toEqual(['-'.repeat(11), '-'.repeat(14)]);
      expect(issuedRow).toContain('api:test     Invoice F-1');
      expect(paidRow).toContain('山田太郎 😀  Payment of');
      expect(paidRow).toContain('請求書 😀 cafe\u0301  EUR 121.00');
    });

    it('starts every column of every row where its heading starts', () => {
      const headings = (...names: string[]) => names.map((name) => columnOf(header, name));

      expect([
        columnOf(issuedRow, 'api:test'),
        columnOf(issuedRow, 'Invoice F-1'),
        columnOf(issuedRow, 'EUR 121.00'),
      ]).toEqual(headings('who', 'what', 'amount'));
      expect([
        columnOf(paidRow, '山田太郎'),
        columnOf(paidRow, 'Payment of'),
        columnOf(paidRow, '請求書'),
        columnOf(paidRow, 'EUR 121.00'),
        columnOf(paidRow, 'EUR 0.00'),
      ]).toEqual(headings('who', 'what', 'why', 'amount', 'outstanding'));
    });
  });
});
