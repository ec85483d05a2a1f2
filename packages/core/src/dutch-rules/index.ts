export * from './atw-calendar';
export * from './collection-costs';
export * from './fourteen-day-letter';
export * from './interest-rates';
export * from './statutory-interest';
export * from './payment-allocation';
export * from './payment-term-warnings';
export * from './prescription';
