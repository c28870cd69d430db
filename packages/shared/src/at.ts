/**
 * The element at `index` of an array whose length the caller has established (a year table sized by
 * the horizon, a lookup indexed by a validated code). Out of range is a programming error, so it
 * throws instead of letting `undefined` turn into NaN further down.
 */
export function at<T>(items: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`Index ${index} is outside 0..${items.length - 1}`);
  }
  return items[index] as T;
}

/** The value under `key` of a record the caller filled for every key it will ask for. */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new RangeError(`No entry for "${key}"`);
  return value;
}
