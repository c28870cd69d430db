import { useEffect, useState } from 'react';

type Engine = typeof import('./offlineSearch');

/**
 * The search engine for the offline copy (@sundhed/search and the national vocabulary, ADR 044), loaded
 * the first time it is needed: the search route's initial JavaScript does not carry it, and the service
 * worker has precached its chunk, so it loads offline too.
 */
export function useOfflineEngine(needed: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (!needed || engine) return;
    let cancelled = false;
    void import('./offlineSearch').then((loaded) => {
      if (!cancelled) setEngine(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [needed, engine]);
  return engine;
}
