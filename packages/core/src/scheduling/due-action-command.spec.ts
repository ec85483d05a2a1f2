import { commandFor, DueAction } from './due-action-command';
import { date, noonOn } from './scheduling.spec-helpers';

const NOW = noonOn('2026-05-12');
const VAT = { ratePercent: 21 };

const handOver: DueAction = {
  _tag: 'HandOver',
  level: 4,
  timing: 'ladder',
  dueOn: date('2026-05-12'),
  isDue: true,
};

const reminder = (kind: 'demand' | 'final-notice'): DueAction => ({
  _tag: 'SendReminder',
  level: 3,
  kind,
  channel: 'post',
  timing: 'ladder',
  dueOn: date('2026-05-12'),
  isDue: true,
});

describe('The command for a due action', () => {
  it.each([
    [
      'an unknown debtor: the plain hand-over',
      null,
      null,
      { type: 'HandOverToCollection', now: NOW },
    ],
    [
      'a consumer: interest, and costs only where allowed',
      'consumer' as const,
      null,
      { type: 'HandOverToCollection', now: NOW, debtorKind: 'consumer', costs: 'when-allowed' },
    ],
    [
      'a business, with the tenant’s VAT on the costs',
      'business' as const,
      VAT,
      {
        type: 'HandOverToCollection',
        now: NOW,
        debtorKind: 'business',
        costs: 'when-allowed',
        costsVat: VAT,
      },
    ],
  ])('hands over %s', (_case, kind, vat, expected) =>
    expect(commandFor(handOver, NOW, kind, vat)).toStrictEqual(expected),
  );

  it('gives the VAT to a final notice only', () => {
    expect(commandFor(reminder('final-notice'), NOW, 'consumer', VAT)).toMatchObject({
      type: 'SendReminder',
      kind: 'final-notice',
      costsVat: VAT,
    });
    expect(commandFor(reminder('demand'), NOW, 'consumer', VAT)).not.toHaveProperty('costsVat');
  });
});
