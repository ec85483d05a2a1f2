import { setFlagsFromString } from 'node:v8';

/** The node flag that keeps V8's allocation-site pretenuring on, to measure against. */
export const KEEP_PRETENURING_FLAG = '--allocation-site-pretenuring';

const keepsPretenuring = (flag: string): boolean =>
  flag.replace(/_/g, '-') === KEEP_PRETENURING_FLAG;

/**
 * Turns V8's allocation-site pretenuring off for the rest of the process, unless node was
 * started with `--allocation-site-pretenuring` (docs/adr/0034).
 */
export const turnOffAllocationSitePretenuring = (): void => {
  if (!process.execArgv.some(keepsPretenuring)) {
    setFlagsFromString('--no-allocation-site-pretenuring');
  }
};
