import { useEffect, useState } from 'react';

interface Settle<T> {
  settled: T;
  seen: T;
  at: number;
}

/**
 * The value, settled. The first change after `delay` ms of quiet passes in the same render (so each
 * keystroke of ordinary typing searches without waiting); changes closer together than `delay` are
 * merged and the last one passes when the input has been still for `delay` ms. Compare values by
 * identity: pass a string or number, not a new object per render.
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [state, setState] = useState<Settle<T>>({ settled: value, seen: value, at: Number.NEGATIVE_INFINITY });
  let current = state;
  if (value !== state.seen) {
    // Adjusting state while rendering (React's pattern for values derived from props): no extra pass.
    const now = performance.now();
    current = { settled: now - state.at >= delay ? value : state.settled, seen: value, at: now };
    setState(current);
  }
  const pending = current.settled !== value;
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => setState((s) => (s.seen === value ? { ...s, settled: value } : s)), delay);
    return () => clearTimeout(timer);
  }, [pending, value, delay]);
  return current.settled;
}
