import { useEffect, useRef, useState } from 'react';

/**
 * The value, settled. The first change after `delay` ms of quiet passes at once (so each keystroke
 * of ordinary typing searches without waiting); changes closer together than `delay` are merged and
 * the last one passes when the input has been still for `delay` ms. Compare values by identity: pass
 * a string or number, not a new object per render.
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const quiet = now - lastChange.current >= delay;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return undefined;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
