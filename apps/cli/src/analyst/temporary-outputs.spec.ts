import { holdTemporaryOutput } from './temporary-outputs';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listening = () => SIGNALS.map((signal) => process.listenerCount(signal));

// What a signal does (delete, say so, exit 130, 143 or 129) is in output-files.e2e.spec.ts.
describe('holdTemporaryOutput', () => {
  let before: number[];
  beforeEach(() => {
    before = listening();
  });

  it('listens for SIGINT, SIGTERM and SIGHUP while any file is held, once however many', async () => {
    const releaseOne = holdTemporaryOutput('a.csv', '/nowhere/.a.csv.tmp');
    const releaseTwo = holdTemporaryOutput('b.csv', '/nowhere/.b.csv.tmp');
    expect(listening()).toEqual(before.map((n) => n + 1));
    releaseOne();
    releaseOne(); // a second release changes nothing
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));
    releaseTwo();
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before);
  });

  it('stops listening two turns after the last release, so a signal that came meanwhile is taken', async () => {
    holdTemporaryOutput('a.csv', '/nowhere/.a.csv.tmp')();
    expect(listening()).toEqual(before.map((n) => n + 1));
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));
    await nextTurn();
    expect(listening()).toEqual(before);
  });

  it('keeps listening when a file is held again before it stopped', async () => {
    holdTemporaryOutput('a.csv', '/nowhere/.a.csv.tmp')();
    const release = holdTemporaryOutput('b.csv', '/nowhere/.b.csv.tmp');
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));
    release();
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before);
  });
});
