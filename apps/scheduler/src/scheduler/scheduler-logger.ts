/** What the scheduler logs through: pino's `logger.info(obj, msg)` fits, as does the console. */
export interface SchedulerLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Logs nothing: the default when no logger is given. */
export const silentLogger: SchedulerLogger = {
  info: () => undefined,
  error: () => undefined,
};
