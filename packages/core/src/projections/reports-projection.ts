import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import {
  applyToDebtorDirectory,
  DebtorDirectoryState,
  initialDebtorDirectoryState,
} from './debtor-directory';
import { applyToLedger, initialLedgerState } from './invoice-ledger';
import { LedgerState } from './invoice-ledger.state';
import { Projection } from './projection';

/** What every report reads: the invoice ledger and the debtor directory. */
export interface ReportsState {
  readonly ledger: LedgerState;
  readonly debtors: DebtorDirectoryState;
}

export const initialReportsState: ReportsState = {
  ledger: initialLedgerState,
  debtors: initialDebtorDirectoryState,
};

/** Folds one recorded event into both the ledger and the directory. */
export const applyToReports = (
  state: ReportsState,
  envelope: EventEnvelope<DomainEvent>,
): ReportsState => {
  const ledger = applyToLedger(state.ledger, envelope);
  const debtors = applyToDebtorDirectory(state.debtors, envelope);
  return ledger === state.ledger && debtors === state.debtors ? state : { ledger, debtors };
};

/**
 * The names the reports projection was stored under before its state changed shape: records
 * left over under them are forgotten when the read model starts.
 */
export const RETIRED_REPORTS_NAMES: readonly string[] = [
  'reports',
  'reports-v2',
  'reports-v3',
  'reports-v4',
];

/**
 * The ledger and the directory as one fold with one checkpoint: payment behaviour, aging and
 * DSO read its `ledger`, the call sheet reads both. The name carries the version of the
 * state's shape: a runner finds no checkpoint under a new name and rebuilds from the events
 * (v2: hash tries instead of 64 fixed buckets; v3: ledger entries hold money as minor units;
 * v4: a ledger promise counts its days on hold, docs/adr/0028; v5: so does a ledger
 * arrangement, with what was paid before it, docs/adr/0029).
 */
export const reportsProjection: Projection<ReportsState> = {
  name: 'reports-v5',
  initialState: initialReportsState,
  apply: applyToReports,
};
