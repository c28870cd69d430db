/**
 * The value, or a failed test that says what was missing: for test steps that need an element of an
 * answer (the first error, a seeded row) before they can go on. Assertions on a value itself can use
 * `?.` instead, since `expect(undefined)` fails them too.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}
