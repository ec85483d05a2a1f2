import { setFlagsFromString } from 'node:v8';

/** The Node flag that keeps V8's default, for measuring against it (docs/adr/0034). */
export const PRETENURING_FLAG = '--allocation-site-pretenuring';

/**
 * Turns V8's allocation-site pretenuring off for the rest of the process, unless the node
 * command line asked for it: a replay's objects per event die young, but V8 may judge their
 * allocation sites on its first collections, while the young generation is still small and a
 * whole page of events is alive, and from then on allocate them in the old generation, where
 * they pile up as garbage (docs/adr/0034).
 */
export const keepEventObjectsYoung = (nodeFlags: readonly string[] = process.execArgv): void => {
  if (!nodeFlags.includes(PRETENURING_FLAG)) {
    setFlagsFromString('--no-allocation-site-pretenuring');
  }
};
