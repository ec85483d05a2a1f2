/** A deep copy through JSON, so the memory store keeps exactly what a database would. */
export const jsonCopy = <T>(value: T): T => {
  const copy: T = JSON.parse(JSON.stringify(value));
  return copy;
};

/** Freezes a value and everything inside it, so readers cannot change recorded events. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};
