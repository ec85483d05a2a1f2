export { describeEventStoreContract } from './contract-suite';
export type { EventStoreContractOptions } from './contract-suite';
export { collect, makeEvent, take, uniqueStreamId, uniqueTenantId } from './make-event';
export type { MakeEventOptions } from './make-event';
export { describeProjectionStoreContract } from './projection-store.contract-suite';
export type { ProjectionStoreContractOptions } from './projection-store.contract-suite';
export { spawnTypeScript, watchChild } from './child-process';
export type { ChildOutcome } from './child-process';
