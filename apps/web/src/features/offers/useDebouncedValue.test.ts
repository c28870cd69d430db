import { act, renderHook } from '@testing-library/react';
import { useDebouncedValue } from './useDebouncedValue';

describe('useDebouncedValue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes the first change after a quiet spell at once and merges a burst into its last value', () => {
    let now = 1000;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 30), {
      initialProps: { value: '' },
    });
    rerender({ value: 'r' });
    expect(result.current).toBe('r');
    now += 10;
    rerender({ value: 'ry' });
    now += 10;
    rerender({ value: 'ryg' });
    expect(result.current).toBe('r');
    act(() => {
      jest.advanceTimersByTime(30);
    });
    expect(result.current).toBe('ryg');
    now += 200;
    rerender({ value: 'ryge' });
    expect(result.current).toBe('ryge');
  });
});
