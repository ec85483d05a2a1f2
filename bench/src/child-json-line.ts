import { spawn } from 'node:child_process';

/**
 * Runs `node <args>` in a fresh process and parses the JSON of the last line it prints; a
 * failed exit or no output rejects with `what` and the child's stderr.
 */
export const lastJsonLineOfNode = <Report>(
  args: readonly string[],
  what: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Report> =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('exit', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') fail(new Error(`${what} failed (${String(code)}): ${stderr}`));
      else done(JSON.parse(line) as Report);
    });
  });
