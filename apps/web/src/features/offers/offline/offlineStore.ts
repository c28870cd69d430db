import type { OfflineCatalogue } from './offlineTypes';

const KEY = 'sundhed.offlineCatalogue.v2';

/** The stored copy for this owner, or null (none, someone else's, or unreadable). */
export function readCatalogue(owner: string): OfflineCatalogue | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as OfflineCatalogue;
    return parsed.owner === owner && Array.isArray(parsed.offers) && Array.isArray(parsed.synonymGroups)
      ? parsed
      : null;
  } catch {
    return null;
  }
}

/** Keeps one copy per device (the last signed-in account's); a full store only loses the copy. */
export function writeCatalogue(catalogue: OfflineCatalogue): boolean {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(catalogue));
    return true;
  } catch {
    return false;
  }
}

export function clearCatalogue(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
