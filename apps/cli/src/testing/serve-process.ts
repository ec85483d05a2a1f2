import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'debiteur.js');

export interface ServeProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  /** The demo key when started with `--demo`; null otherwise. */
  readonly demoKey: string | null;
  readonly exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Starts `debiteur serve` as a process and waits until it prints its URL (and demo key). */
export const startServe = (
  options: {
    readonly cwd?: string;
    readonly env?: Record<string, string>;
    readonly demo?: boolean;
  } = {},
): Promise<ServeProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'serve', ...(options.demo === true ? ['--demo'] : [])],
      {
        ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
        env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...options.env },
      },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const demoKey = /^\s+(dbt_\S+)$/m.exec(stdout)?.[1] ?? null;
      if (url !== undefined && (options.demo !== true || demoKey !== null)) {
        resolve({
          child,
          url,
          demoKey,
          exited,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
