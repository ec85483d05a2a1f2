export { handleCommand } from './handle-command';
export type { CommandContext, HandleCommandInput, KnownState } from './handle-command';
export type { Accepted, CommandResult, Rejected } from './command-result';
export { loadState } from './load-state';
export type { LoadedState } from './load-state';
export { backoffDelayMs, defaultRetryPolicy } from './retry-policy';
export type { RetryPolicy } from './retry-policy';
