import { createPool } from './open-postgres-stores';

/** Whether the pool's connections pipeline their queries (no connection is made). */
const pipelines = async (appendsInOneCommit?: number): Promise<unknown> => {
  const pool = createPool({
    connectionString: 'postgres://nobody@localhost:1/none',
    ...(appendsInOneCommit === undefined ? {} : { appendsInOneCommit }),
  });
  try {
    return (pool.options as { pipeline?: unknown }).pipeline;
  } finally {
    await pool.end();
  }
};

describe('createPool', () => {
  it('pipelines a connection only when appends are grouped, by the group size the store uses', async () => {
    expect(await pipelines()).toBe(false);
    expect(await pipelines(1)).toBe(false);
    expect(await pipelines(1.5)).toBe(false);
    expect(await pipelines(Number.NaN)).toBe(false);
    expect(await pipelines(2)).toBe(true);
    expect(await pipelines(256)).toBe(true);
  });
});
