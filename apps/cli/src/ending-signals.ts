/** Ctrl-C, `kill`, and a closed terminal or a dropped ssh session (SIGHUP). */
export const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Listeners put on while something needs them (`listen`), and taken off after (`stop…`). */
export interface ListenersWhileNeeded {
  /** Puts them on, once, and cancels a pending `stopSoon`. */
  readonly listen: () => void;
  /** Takes them off now. */
  readonly stop: () => void;
  /**
   * Takes them off two turns of the event loop later, not at once: a signal that came during
   * synchronous work waits in the event loop, and is lost if no handler is there to take it
   * when the loop next polls. With the handler still there, it is handled as the signal asked.
   */
  readonly stopSoon: () => void;
}

/**
 * Process listeners that are there only while something needs them, so that a command that
 * never needs them keeps the signals to itself: `attach` puts them on, `detach` takes them off.
 */
export const listenersWhileNeeded = (
  attach: () => void,
  detach: () => void,
): ListenersWhileNeeded => {
  let listening = false;
  let stopping: NodeJS.Immediate | undefined;
  const cancelStop = (): void => {
    if (stopping !== undefined) clearImmediate(stopping);
    stopping = undefined;
  };
  const stop = (): void => {
    cancelStop();
    if (!listening) return;
    detach();
    listening = false;
  };
  return {
    listen: () => {
      cancelStop();
      if (listening) return;
      attach();
      listening = true;
    },
    stop,
    stopSoon: () => {
      stopping = setImmediate(() => {
        stopping = setImmediate(stop);
      });
    },
  };
};
