import { resolve } from 'node:path';
import { FileOutbox } from './adapters/file-outbox';
import {
  InvalidDeliveryLocation,
  InvalidLanguage,
  parseDeliveryLocation,
  parseLanguage,
  readDeliveryLocation,
} from './delivery-location';

describe('Delivery locations', () => {
  it('delivers to ./data/outbox when nothing is configured', () => {
    for (const unset of [undefined, '', '  ']) {
      const port = parseDeliveryLocation(unset);
      expect(port).toBeInstanceOf(FileOutbox);
      expect((port as FileOutbox).folder).toBe(resolve('./data/outbox'));
    }
  });

  it('reads an outbox folder', () => {
    expect(readDeliveryLocation('outbox:/var/spool/debiteur')).toEqual({
      kind: 'outbox',
      folder: '/var/spool/debiteur',
    });
  });

  it('reads an SMTP server with credentials, sender and letter folder', () => {
    expect(
      readDeliveryLocation(
        'smtp://mailer:p%40ss@mail.example.nl:2525?from=incasso@acme.nl&outbox=./letters&requireTLS=true',
      ),
    ).toEqual({
      kind: 'smtp',
      host: 'mail.example.nl',
      port: 2525,
      secure: false,
      requireTLS: true,
      auth: { user: 'mailer', pass: 'p@ss' },
      from: 'incasso@acme.nl',
      outbox: './letters',
      timeoutMs: null,
    });
  });

  it('takes the usual ports when none is given', () => {
    expect(readDeliveryLocation('smtp://mail.example.nl?from=a@b.nl')).toMatchObject({
      port: 587,
      secure: false,
      auth: null,
      outbox: './data/outbox',
    });
    expect(readDeliveryLocation('smtps://mail.example.nl?from=a@b.nl')).toMatchObject({
      port: 465,
      secure: true,
    });
  });

  it.each([
    ['an empty outbox folder', 'outbox:'],
    ['an unknown scheme', 'mailto:a@b.nl'],
    ['no sender', 'smtp://mail.example.nl'],
    ['an unknown parameter', 'smtp://mail.example.nl?from=a@b.nl&form=x'],
    ['a requireTLS that is not true or false', 'smtp://mail.example.nl?from=a@b.nl&requireTLS=yes'],
    ['a negative timeout', 'smtp://mail.example.nl?from=a@b.nl&timeoutMs=-1'],
  ])('refuses a location with %s', (_problem, location) => {
    expect(() => parseDeliveryLocation(location)).toThrow(InvalidDeliveryLocation);
  });

  it('never repeats the password when it refuses a location', () => {
    let error: unknown = null;
    try {
      readDeliveryLocation('smtp://mailer:hunter2@mail.example.nl');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidDeliveryLocation);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('describes an SMTP port without its password', () => {
    const port = parseDeliveryLocation('smtp://mailer:hunter2@mail.example.nl:25?from=a@b.nl');
    expect(port.description).toContain('mail.example.nl:25');
    expect(port.description).not.toContain('hunter2');
  });
});

describe('The reminder language setting', () => {
  it('is Dutch unless English is asked for', () => {
    expect(parseLanguage(undefined)).toBe('nl');
    expect(parseLanguage('')).toBe('nl');
    expect(parseLanguage('EN')).toBe('en');
    expect(parseLanguage('nl')).toBe('nl');
  });

  it('refuses a language it has no letters in', () => {
    expect(() => parseLanguage('de')).toThrow(InvalidLanguage);
  });
});
