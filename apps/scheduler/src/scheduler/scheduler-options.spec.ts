import {
  DEFAULT_PASS_CONCURRENCY,
  InvalidSchedulerOptions,
  resolveSchedulerOptions,
} from './scheduler-options';

describe('resolveSchedulerOptions', () => {
  it('works on enough invoices at once for their commands to share a commit', () => {
    const resolved = resolveSchedulerOptions();

    expect(resolved.concurrency).toBe(DEFAULT_PASS_CONCURRENCY);
    expect(resolved.concurrency).toBeGreaterThanOrEqual(32);
  });

  it('fills in every other default', () => {
    expect(resolveSchedulerOptions()).toMatchObject({
      intervalMs: 60_000,
      actor: 'scheduler',
      commitEvery: 200_000,
      commitAfterMs: 300_000,
    });
  });

  it('keeps a concurrency it is given, as a whole number', () => {
    expect(resolveSchedulerOptions({ concurrency: 2 }).concurrency).toBe(2);
    expect(resolveSchedulerOptions({ concurrency: 7.9 }).concurrency).toBe(7);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses concurrency %p',
    (concurrency) => {
      expect(() => resolveSchedulerOptions({ concurrency })).toThrow(InvalidSchedulerOptions);
    },
  );

  it('refuses office hours that end before they start, and an empty actor', () => {
    expect(() =>
      resolveSchedulerOptions({ officeHours: { start: '18:00', end: '08:00' } }),
    ).toThrow(InvalidSchedulerOptions);
    expect(() => resolveSchedulerOptions({ actor: ' ' })).toThrow(InvalidSchedulerOptions);
  });
});
