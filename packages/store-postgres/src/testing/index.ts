export { startPostgresTestServer } from './postgres-test-server';
export type { PostgresTestServer } from './postgres-test-server';
export { usePostgresTestServer } from './use-postgres-test-server';
export { TEST_SETTLE_MILLIS } from './test-settle';
export { createReadOnlyRole, useRolesWithout } from './read-only-role';
export type { ReadGrant, ReadOnlyRole, ReadOnlyRoleOptions } from './read-only-role';
