export * from './scheduling.inputs';
export * from './adaptive-timing';
export * from './ladder-shift';
export * from './next-rung';
export * from './promise-check';
export * from './arrangement-check';
export * from './next-action.types';
export * from './next-action';
