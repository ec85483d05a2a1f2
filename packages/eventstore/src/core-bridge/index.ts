export * from './recorded-envelope';
