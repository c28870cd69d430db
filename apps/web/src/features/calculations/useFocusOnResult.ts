import { useEffect, useRef } from 'react';

/**
 * Moves focus to the result's heading when a new result arrives, so keyboard and screen-reader
 * users land on it rather than staying at the button below a long form.
 */
export function useFocusOnResult<T>(result: T | undefined) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  return ref;
}
