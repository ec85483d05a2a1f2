import { CliIo } from '../../cli-io';

/** A CliIo that keeps what a command writes, for unit specs. */
export interface CollectingIo extends CliIo {
  readonly outLines: string[];
  readonly errLines: string[];
}

export const collectingIo = (): CollectingIo => {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    env: {},
  };
};
