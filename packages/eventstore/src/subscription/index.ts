export * from './subscribe-to-all';
