/** What a reader child process reports about its memory while it read the whole file. */
export interface RssReport {
  readonly mode: 'adapter' | 'raw';
  readonly events: number;
  readonly seconds: number;
  /** RSS once the store is open, before the first event is read. */
  readonly beforeMb: number;
  /** The highest RSS sampled while reading (every SAMPLE_EVERY events). */
  readonly peakMb: number;
  /** The kernel's high-water mark for the whole process (VmHWM), null off Linux. */
  readonly highWaterMb: number | null;
  /** RSS at every 5% of the read, to show whether it stays flat. */
  readonly trace: readonly { readonly read: number; readonly rssMb: number }[];
}

export const SAMPLE_EVERY = 1_000;
