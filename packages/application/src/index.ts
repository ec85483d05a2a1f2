export * from './stores/store-location';
export * from './stores/open-stores';
export * from './clock/clock';
export * from './commands/run-command';
export * from './access/api-keys';
export * from './idempotency/idempotency-records';
export * from './saga/saga-control';
