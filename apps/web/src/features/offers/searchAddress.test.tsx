import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { BrowserRouter } from 'react-router';
import { useAddressFollows } from './searchAddress';

function inRouter({ children }: { children: ReactNode }) {
  return <BrowserRouter>{children}</BrowserRouter>;
}

describe('useAddressFollows', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    window.history.replaceState(null, '', '/tilbud');
  });
  afterEach(() => jest.useRealTimers());

  it('writes the address once typing has rested, replacing the entry', () => {
    const length = window.history.length;
    const { rerender } = renderHook(({ address }) => useAddressFollows(address), {
      wrapper: inRouter,
      initialProps: { address: '' },
    });
    rerender({ address: 'q=ryg' });
    rerender({ address: 'q=rygestop' });
    expect(window.location.search).toBe('');
    act(() => {
      jest.advanceTimersByTime(400);
    });
    expect(window.location.search).toBe('?q=rygestop');
    expect(window.history.length).toBe(length);
  });

  it('does not put the search back over a page a link has pushed while that page still loads', () => {
    const { rerender } = renderHook(({ address }) => useAddressFollows(address), {
      wrapper: inRouter,
      initialProps: { address: '' },
    });
    rerender({ address: 'q=rygestop' });
    // A menu link (or a hit) pushes its page; the router's transition keeps the search page rendered while
    // the lazily loaded route loads, so its pending timer still fires.
    window.history.pushState(window.history.state, '', '/projekter');
    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(window.location.pathname).toBe('/projekter');
    expect(window.location.search).toBe('');
  });

  it('opening a hit writes the search into the current entry at once, and the timer leaves it there', () => {
    const { result, rerender } = renderHook(({ address }) => useAddressFollows(address), {
      wrapper: inRouter,
      initialProps: { address: '' },
    });
    rerender({ address: 'q=rygestop' });
    act(() => result.current());
    expect(window.location.search).toBe('?q=rygestop');
    window.history.pushState(window.history.state, '', '/tilbud/abc');
    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(window.location.pathname).toBe('/tilbud/abc');
  });

  it('after a hit opened in a new tab, typing on and back to the same text is written again', () => {
    const { result, rerender } = renderHook(({ address }) => useAddressFollows(address), {
      wrapper: inRouter,
      initialProps: { address: '' },
    });
    rerender({ address: 'q=rygestop' });
    act(() => result.current()); // ctrl-click: the page stays
    rerender({ address: 'q=rygestop+gratis' });
    act(() => {
      jest.advanceTimersByTime(400);
    });
    expect(window.location.search).toBe('?q=rygestop+gratis');
    rerender({ address: 'q=rygestop' });
    act(() => {
      jest.advanceTimersByTime(400);
    });
    expect(window.location.search).toBe('?q=rygestop');
  });
});
