import { UnreadableRow } from '../analyst/pages-past-unreadable';
import { terminalText } from './terminal-text';

/** How `history` names a row of the case's own stream that does not read back as an event. */
export const caseRowLeftOut = (row: UnreadableRow): string =>
  terminalText(
    `${row.streamId} version ${row.streamVersion} (${row.type}) does not decode: ${row.detail}`,
  ) + '; it is left out (run debiteur verify)';

/**
 * The rows of the tenant's other invoices that the search for the invoice passed over, in one
 * line (null when there were none): an invoice whose `Issued` row is among them cannot be
 * found by its number.
 */
export const otherRowsPassedOver = (
  rows: readonly UnreadableRow[],
  caseStreamId: string,
  tenant: string,
): string | null => {
  const others = rows.filter((row) => row.streamId !== caseStreamId).length;
  if (others === 0) return null;
  return (
    `Passed over ${others} row${others === 1 ? '' : 's'} of ${tenant}'s other invoices that ` +
    `${others === 1 ? 'does' : 'do'} not read back as events while looking up the invoice ` +
    '(run debiteur verify)'
  );
};
