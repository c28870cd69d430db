import { useEffect, useState } from 'react';

type Engine = typeof import('./offlineSearch');

/** Once loaded, the engine is there at once for every later search page of the tab. */
let loaded: Engine | null = null;

/** Loads the engine's chunk (the hook does it when needed; tests load it first). */
export async function loadOfflineEngine(): Promise<Engine> {
  loaded ??= await import('./offlineSearch');
  return loaded;
}

/**
 * The search engine for the offline copy (@sundhed/search and the national vocabulary, ADR 044), loaded
 * the first time it is needed: the search route's initial JavaScript does not carry it, and the service
 * worker has precached its chunk, so it loads offline too.
 */
export function useOfflineEngine(needed: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (!needed || engine) return;
    let cancelled = false;
    void loadOfflineEngine().then((next) => {
      if (!cancelled) setEngine(next);
    });
    return () => {
      cancelled = true;
    };
  }, [needed, engine]);
  return engine;
}
