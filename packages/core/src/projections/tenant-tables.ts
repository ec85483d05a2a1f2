import {
  emptyTrie,
  HashTrie,
  trieEntries,
  trieGet,
  trieOf,
  trieOfColumns,
  trieSet,
  trieValues,
} from '../shared/hash-trie';
import { TenantId } from '../shared/ids';

/**
 * Per tenant, a table of report rows keyed by stream id: the shape of the ledger and the
 * debtor directory. Both levels are hash tries, so one event costs the same to fold whether
 * there are ten tenants or ten thousand, and the state stays one JSON document.
 */
export type TenantTables<Row> = HashTrie<HashTrie<Row>>;

export const emptyTenantTables: TenantTables<never> = emptyTrie;

export const rowOf = <Row>(
  tables: TenantTables<Row>,
  tenantId: string,
  streamId: string,
): Row | undefined => {
  const table = trieGet(tables, tenantId);
  return table === undefined ? undefined : trieGet(table, streamId);
};

/** The tables with the row of `streamId` set; the given tables are left untouched. */
export const withRow = <Row>(
  tables: TenantTables<Row>,
  tenantId: string,
  streamId: string,
  row: Row,
): TenantTables<Row> =>
  trieSet(tables, tenantId, trieSet(trieGet(tables, tenantId) ?? emptyTrie, streamId, row));

/** The tenant's rows, in the table's stable order. */
export const rowsOf = <Row>(tables: TenantTables<Row>, tenantId: string): readonly Row[] => {
  const table = trieGet(tables, tenantId);
  return table === undefined ? [] : trieValues(table);
};

export const tenantIdsOf = (tables: TenantTables<unknown>): readonly TenantId[] =>
  trieEntries(tables).map(([tenantId]) => tenantId as TenantId);

/** One row with where it belongs: its tenant and its stream. */
export type PlacedRow<Row> = readonly [tenantId: string, streamId: string, row: Row];

/**
 * The tables holding `rows`, built in one pass without copying: how a replay that folded
 * into a mutable map of rows hands its result to the reports.
 */
export const tenantTablesOf = <Row>(rows: Iterable<PlacedRow<Row>>): TenantTables<Row> => {
  // Per tenant its stream ids and rows side by side: no pair per row to throw away.
  const byTenant = new Map<string, { readonly streamIds: string[]; readonly rows: Row[] }>();
  for (const [tenantId, streamId, row] of rows) {
    let tenant = byTenant.get(tenantId);
    if (tenant === undefined) {
      tenant = { streamIds: [], rows: [] };
      byTenant.set(tenantId, tenant);
    }
    tenant.streamIds.push(streamId);
    tenant.rows.push(row);
  }
  return trieOf(
    [...byTenant].map(
      ([tenantId, { streamIds, rows: own }]) => [tenantId, trieOfColumns(streamIds, own)] as const,
    ),
  );
};
