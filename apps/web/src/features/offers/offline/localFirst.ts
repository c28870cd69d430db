// Online, the search page answers each keystroke from the local copy of the catalogue when that copy is
// current, and asks the server when typing rests (ADR 076). "Current" is decided here, from what the server
// told: every search answer carries the catalogue version it was searched at (the shared clock's day and
// the scope's offers and synonyms versions), and so did each page of the copy's fetch.
import { useSyncExternalStore } from 'react';
import { today } from '@sundhed/shared/clock';
import type { OfferSearchInput } from '../searchQueries';
import type { OfflineCatalogue } from './offlineTypes';

/** The last catalogue version the server told this tab, for whom, and the browser's day it was told on. */
export interface VersionReport {
  owner: string;
  version: string | null;
  day: string;
}

let last: VersionReport | null = null;
const listeners = new Set<() => void>();

/** A version's parts: the server's day, then the offers and synonyms versions (both only grow). */
function partsOf(version: string): [string, bigint, bigint] | null {
  const match = /^(\d{4}-\d{2}-\d{2}):(\d+):(\d+)$/.exec(version);
  return match ? [match[1] ?? '', BigInt(match[2] ?? '0'), BigInt(match[3] ?? '0')] : null;
}

/** Whether version `a` is older than `b` (an answer searched before `b`'s, arriving after it). */
export function isOlderVersion(a: string, b: string): boolean {
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (!pa || !pb) return false;
  if (pa[0] !== pb[0]) return pa[0] < pb[0];
  return (pa[1] < pb[1] && pa[2] <= pb[2]) || (pa[1] <= pb[1] && pa[2] < pb[2]);
}

/**
 * Records the version a server answer (a search, or a page of the copy's fetch) was searched at. An answer
 * that could not tell (null) stops the copy's answers until one tells again; one older than the last told
 * (a slow request) changes nothing.
 */
export function reportCatalogueVersion(owner: string, version: string | null | undefined): void {
  const next = { owner, version: version ?? null, day: today() };
  if (last && last.owner === next.owner && last.day === next.day) {
    if (last.version === next.version) return;
    if (last.version && next.version && isOlderVersion(next.version, last.version)) return;
  }
  last = next;
  for (const listener of listeners) listener();
}

/** Forgets what the server told (sign-out; tests). */
export function forgetCatalogueVersion(): void {
  last = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last version the server told this tab (kept for the tab's life, across visits to the page). */
export function useCatalogueVersionReport(): VersionReport | null {
  return useSyncExternalStore(
    subscribe,
    () => last,
    () => null,
  );
}

/**
 * Whether the copy may answer in place of the server: it is the signed-in account's own, it was fetched at
 * one catalogue version, that version is the last one the server told this account, and the browser's day
 * has not changed since the server told it (the version names the server's day; after midnight the next
 * answer comes from the server and tells the new day).
 */
export function copyIsCurrent(
  copy: Pick<OfflineCatalogue, 'owner' | 'version'> | null,
  report: VersionReport | null,
  owner: string | undefined,
  day: string = today(),
): boolean {
  return Boolean(
    owner &&
    copy?.owner === owner &&
    copy.version &&
    report?.owner === owner &&
    report.version === copy.version &&
    report.day === day,
  );
}

/** The server's day a catalogue version names ("2026-12-05:41:7" → "2026-12-05"). */
export function dayOfVersion(version: string): string {
  return version.slice(0, version.indexOf(':'));
}

/**
 * Which inputs of a search the copy answers as the server does. Every field of the input must be decided
 * here (the type fails when the schema gains one): a filter the copy cannot answer goes to the server.
 * The copy holds every status, every field the engine filters on and the hits' fields.
 */
const ANSWERED_BY_COPY: Record<keyof OfferSearchInput, boolean> = {
  text: true,
  needCategory: true,
  age: true,
  targetGroup: true,
  postalCode: true,
  area: true,
  freeOnly: true,
  language: true,
  format: true,
  statuses: true,
  limit: true,
  offset: true,
  ignoreChips: true,
};

/** Whether the copy answers this input (each field it sets is one the copy answers). */
export function copyAnswers(input: OfferSearchInput): boolean {
  return (Object.keys(input) as (keyof OfferSearchInput)[]).every(
    (key) => input[key] == null || ANSWERED_BY_COPY[key] === true,
  );
}
