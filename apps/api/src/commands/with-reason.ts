import { WriteMeta } from './write-outcome';

/** The request context with the caller's reason for the change, written on every event. */
export const contextWithReason = (meta: WriteMeta, reason: string | undefined) => ({
  ...meta.context,
  reason: reason ?? meta.context.reason,
});
