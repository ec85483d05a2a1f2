import { stopOnAnyEnd, stopShownBars } from './shown-bars';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'] as const;
const listening = () => EVENTS.map((event) => process.listenerCount(event));

// What a signal or an early exit does to a terminal is in terminal-restored.e2e.spec.ts.
describe('stopOnAnyEnd', () => {
  let before: number[];
  beforeEach(() => {
    before = listening();
  });

  it('runs a bar stop once, whether the command or stopShownBars calls it first', async () => {
    const stops: string[] = [];
    const first = stopOnAnyEnd(() => stops.push('first'));
    const second = stopOnAnyEnd(() => stops.push('second'));

    first();
    stopShownBars();
    first();
    second();
    stopShownBars();

    expect(stops).toEqual(['first', 'second']);
    await nextTurn();
    await nextTurn();
  });

  it('listens for SIGINT, SIGTERM, SIGHUP and exit while any bar is shown, once however many', async () => {
    const first = stopOnAnyEnd(() => undefined);
    const second = stopOnAnyEnd(() => undefined);
    expect(listening()).toEqual(before.map((n) => n + 1));

    first();
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));

    second();
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before);
  });

  it('stops listening two turns after the last stop, so a signal that came meanwhile is taken', async () => {
    stopOnAnyEnd(() => undefined)();
    expect(listening()).toEqual(before.map((n) => n + 1));
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));
    await nextTurn();
    expect(listening()).toEqual(before);
  });

  it('keeps listening when a bar is shown again before it stopped', async () => {
    stopOnAnyEnd(() => undefined)();
    const stop = stopOnAnyEnd(() => undefined);
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before.map((n) => n + 1));
    stop();
    await nextTurn();
    await nextTurn();
    expect(listening()).toEqual(before);
  });
});
