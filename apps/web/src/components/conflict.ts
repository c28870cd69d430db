// The API's CONFLICT (ADR 016): a save named a version that is no longer the stored one. The error
// carries the stored version and values (and, for offers, the fields the history names as changed).
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type Values = Record<string, unknown>;

export interface Conflict {
  message: string;
  currentVersion: number;
  current: Values;
  changedFields: string[] | null;
}

export function conflictFromError(error: unknown): Conflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors.find((e) => e.extensions?.code === 'CONFLICT');
  const ext = first?.extensions;
  if (!first || !ext || typeof ext.currentVersion !== 'number') return null;
  const current = typeof ext.current === 'object' && ext.current !== null ? (ext.current as Values) : {};
  const changedFields = Array.isArray(ext.changedFields)
    ? ext.changedFields.filter((f): f is string => typeof f === 'string')
    : null;
  return { message: first.message, currentVersion: ext.currentVersion, current, changedFields };
}

/** A stored scalar as an input's text: '' for nothing (or for anything that is not a scalar). */
export function inputText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields among `fields` that another person changed: the history's list, or those whose stored value differs from what the form loaded. */
export function changedMeanwhile(conflict: Conflict, base: Values, fields: readonly string[]): string[] {
  if (conflict.changedFields) return conflict.changedFields;
  return fields.filter((f) => f in conflict.current && !sameValue(conflict.current[f], base[f]));
}

/** The user's own changes: the fields whose value in the form differs from what the form loaded. */
export function ownChanges(mine: Values, base: Values): Values {
  return Object.fromEntries(Object.entries(mine).filter(([f, v]) => !sameValue(v, base[f])));
}

/** Any CONFLICT, also one without record values (the bulk confirmation names its stale offers instead). */
export function isStale(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT');
}

/** The ids of the offers a bulk confirmation found changed (extensions.stale). */
export function staleIds(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const stale = error.errors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions?.stale;
  return Array.isArray(stale)
    ? stale.map((s) => (s as { id?: unknown }).id).filter((id): id is string => typeof id === 'string')
    : [];
}
