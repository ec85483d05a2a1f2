/**
 * The category of a stream: the part of its id before the first `:`
 * (`invoice:acme:INV-1` → `invoice`). An id without `:` is its own category, so a
 * category filter never matches it by accident.
 */
export const streamCategory = (streamId: string): string => {
  const colon = streamId.indexOf(':');
  return colon === -1 ? streamId : streamId.slice(0, colon);
};
