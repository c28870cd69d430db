import { useEffect, useState } from 'react';

/**
 * The value once it has been still for `delay` ms (the first value at once). Unlike useDebouncedValue, the
 * first change after a pause waits too: the server hears a text only when typing rests on it (ADR 076).
 * Compare values by identity.
 */
export function useRestedValue<T>(value: T, delay: number): T {
  const [rested, setRested] = useState(value);
  useEffect(() => {
    if (value === rested) return undefined;
    const timer = setTimeout(() => setRested(value), delay);
    return () => clearTimeout(timer);
  }, [value, rested, delay]);
  return rested;
}
