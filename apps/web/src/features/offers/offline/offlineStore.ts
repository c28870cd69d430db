import type { ViewerData } from '../../auth/viewerFields';
import type { OfflineCatalogue } from './offlineTypes';

/** v4: the copy holds each offer's keywords too (ADR 063); v3 (no keywords, ADR 053) and v2 copies are dropped. */
const KEY = 'sundhed.offlineCatalogue.v4';
const OLDER_KEYS = ['sundhed.offlineCatalogue.v3', 'sundhed.offlineCatalogue.v2'];

/** Whose copy it is: the signed-in account and its municipality. */
export function catalogueOwner(viewer: Pick<ViewerData, 'id' | 'municipality'>): string {
  return `${viewer.id}@${viewer.municipality?.id ?? ''}`;
}

function readAny(): OfflineCatalogue | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as OfflineCatalogue;
    return Array.isArray(parsed.offers) && Array.isArray(parsed.synonymGroups) ? parsed : null;
  } catch {
    return null;
  }
}

/** The stored copy for this owner, or null (none, someone else's, or unreadable). */
export function readCatalogue(owner: string): OfflineCatalogue | null {
  const stored = readAny();
  return stored?.owner === owner ? stored : null;
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

/** Forgets the copy (sign-out), and any copy in an older format. */
export function clearCatalogue(): void {
  try {
    for (const key of [KEY, ...OLDER_KEYS]) globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing stored
  }
}

/** When another account signs in on the device: the previous account's copy goes at once. */
export function clearCatalogueOfOthers(owner: string): void {
  const stored = readAny();
  if (stored && stored.owner !== owner) clearCatalogue();
  try {
    for (const key of OLDER_KEYS) globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing stored
  }
}
