/** The injection tokens of the scheduler module; every provider names its token explicitly. */
export const SCHEDULER_DEPS = Symbol('SCHEDULER_DEPS');
export const SCHEDULER = Symbol('SCHEDULER');
export const SCHEDULER_AUTO_START = Symbol('SCHEDULER_AUTO_START');
