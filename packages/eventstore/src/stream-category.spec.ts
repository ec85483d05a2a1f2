import { streamCategory } from './stream-category';

describe('streamCategory', () => {
  it('is the stream id up to its first colon', () => {
    expect(streamCategory('invoice:acme:INV-1')).toBe('invoice');
    expect(streamCategory('tenant:acme:settings')).toBe('tenant');
  });

  it('is the whole id when there is no colon', () => {
    expect(streamCategory('invoice')).toBe('invoice');
  });

  it('is empty for an id that starts with a colon', () => {
    expect(streamCategory(':acme')).toBe('');
  });
});
