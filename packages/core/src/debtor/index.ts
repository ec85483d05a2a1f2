export * from './debtor.events';
export * from './debtor.commands';
export * from './debtor.state';
export * from './debtor.errors';
export * from './debtor.decide';
export * from './debtor.evolve';
export * from './debtor.decider';
