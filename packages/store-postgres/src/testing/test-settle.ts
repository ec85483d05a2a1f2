/**
 * The settle time for stores in tests. Other test files (on a shared PG_URL server), or
 * autovacuum, may run a transaction while a test reads right after it wrote; readAll then
 * waits for it rather than end early, so the test sees all it wrote.
 */
export const TEST_SETTLE_MILLIS = 5_000;
