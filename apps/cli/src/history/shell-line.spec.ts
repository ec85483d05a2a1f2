import { spawnSync } from 'node:child_process';
import { shellLine } from './shell-line';

/** The words a POSIX shell makes of a line: what a command pasted into it receives. */
const wordsOf = (line: string): readonly string[] => {
  const run = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  return run.stdout.split('\0').slice(0, -1);
};

describe('A command line to paste into a shell', () => {
  it('leaves words a shell does not split or expand as they are', () => {
    const words = ['debiteur', 'history', 'api-31', '--as-of', '2026-03-05T12:00:00+01:00'];

    expect(shellLine(words)).toBe(words.join(' '));
  });

  it.each([
    ['a space', 'jsonl:/tmp/acme books.jsonl'],
    ['a single quote', "jsonl:/tmp/anna's.jsonl"],
    ['a query string', 'postgres://reader@db/books?sslmode=require&application_name=x'],
    ['a variable and a command', 'sqlite:$HOME/`id`;x|y>z*.db'],
    ['parentheses and a tilde', 'jsonl:~/books (q1).jsonl'],
    ['nothing', ''],
    ['an equals sign first', '=memory:'],
  ])('gives a shell back each word as it was, though it holds %s', (_, word) => {
    expect(wordsOf(shellLine(['--store', word]))).toEqual(['--store', word]);
  });
});
