import { invoiceDecider } from './invoice.decider';
import { histories, folded } from './invoice.spec-helpers';
import { initialState } from './invoice.evolve';

describe('invoiceDecider', () => {
  it('starts unissued', () => expect(invoiceDecider.initialState).toStrictEqual(initialState));

  it.each([
    ['settled', true],
    ['writtenOff', true],
    ['open', false],
    ['handedOver', false],
  ] as const)('is terminal when %s: %p', (status, terminal) =>
    expect(invoiceDecider.isTerminal(folded(histories[status]))).toBe(terminal),
  );

  it('is not terminal before it is issued', () =>
    expect(invoiceDecider.isTerminal(initialState)).toBe(false));
});
