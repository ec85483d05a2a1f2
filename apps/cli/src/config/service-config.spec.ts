import { InvalidConfiguration, readServiceConfig } from './service-config';

describe('The service configuration', () => {
  it('runs on the embedded SQLite store with the saga and the real clock by default', () => {
    expect(readServiceConfig({})).toEqual({
      store: 'sqlite:./data/debiteur.db',
      port: 3000,
      schedulerEnabled: true,
      testClock: false,
      delivery: 'outbox:./data/outbox',
      officeHours: { start: '08:00', end: '18:00' },
      schedulerIntervalMs: 60_000,
      language: 'nl',
    });
  });

  it('takes every setting of the operations contract from the environment', () => {
    const config = readServiceConfig({
      DEBITEUR_STORE: 'postgres://debiteur@db/debiteur',
      PORT: '8080',
      DEBITEUR_SCHEDULER: 'off',
      DEBITEUR_TEST_CLOCK: 'on',
      DEBITEUR_OFFICE_HOURS: '09:00-17:30',
      DEBITEUR_SCHEDULER_INTERVAL_SECONDS: '5',
      DEBITEUR_LANGUAGE: 'en',
    });

    expect(config).toMatchObject({
      store: 'postgres://debiteur@db/debiteur',
      port: 8080,
      schedulerEnabled: false,
      testClock: true,
      officeHours: { start: '09:00', end: '17:30' },
      schedulerIntervalMs: 5000,
      language: 'en',
    });
  });

  it('lists every bad setting at once', () => {
    const read = () =>
      readServiceConfig({
        DEBITEUR_STORE: 'mysql://x',
        PORT: 'eighty',
        DEBITEUR_SCHEDULER: 'maybe',
        DEBITEUR_OFFICE_HOURS: '18:00-08:00',
        DEBITEUR_LANGUAGE: 'fr',
      });

    expect(read).toThrow(InvalidConfiguration);
    try {
      read();
    } catch (error) {
      expect((error as InvalidConfiguration).problems).toHaveLength(5);
    }
  });
});
