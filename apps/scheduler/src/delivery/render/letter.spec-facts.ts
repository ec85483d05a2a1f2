import { ReminderKind } from '@debiteur/core';
import { cents, day } from '../delivery.spec-values';
import { ReminderFacts } from './reminder-letter';

export const KINDS: readonly ReminderKind[] = ['reminder', 'demand', 'final-notice', 'hand-over'];

export const CONSUMER = { name: 'P. de Vries', kind: 'consumer', contactPerson: null } as const;

/**
 * The facts of a letter to a business for invoice 2026-0042, sent on Monday 23 November
 * 2026. Demand and later letters name interest; the final notice and hand-over name costs;
 * the final notice names the deadline Wednesday 9 December 2026.
 */
export const letterFacts = (over: Partial<ReminderFacts> = {}): ReminderFacts => {
  const kind = over.kind ?? 'reminder';
  return {
    kind,
    level: 1,
    sentOn: day('2026-11-23'),
    invoice: {
      number: '2026-0042',
      description: 'Onderhoud installatie, oktober',
      issueDate: day('2026-10-09'),
      dueDate: day('2026-10-23'),
      amount: cents(150000),
      outstanding: cents(123456),
      paymentLink: 'https://pay.example.nl/2026-0042?token=a&b=1',
    },
    debtor: { name: 'Bakkerij De Korf B.V.', kind: 'business', contactPerson: 'Mevr. J. Jansen' },
    collectionCosts: kind === 'final-notice' || kind === 'hand-over' ? cents(18518) : null,
    interest:
      kind === 'reminder'
        ? null
        : { amount: cents(1263), until: day('2026-11-23'), rate: 'commercial' },
    deadline: kind === 'final-notice' ? day('2026-12-09') : null,
    ...over,
  };
};

/** What each language writes for the values of `letterFacts`. */
export const WRITTEN = {
  nl: {
    outstanding: '€ 1.234,56',
    original: '€ 1.500,00',
    costs: '€ 185,18',
    interest: '€ 12,63',
    dueDate: '23 oktober 2026',
    issueDate: '9 oktober 2026',
    deadline: 'woensdag 9 december 2026',
  },
  en: {
    outstanding: '€1,234.56',
    original: '€1,500.00',
    costs: '€185.18',
    interest: '€12.63',
    dueDate: '23 October 2026',
    issueDate: '9 October 2026',
    deadline: 'Wednesday 9 December 2026',
  },
} as const;
