// Optimistic concurrency (ADR 016): an update names the version it edited; a stale one is refused with
// CONFLICT, and the error carries the stored version and values so the form can show what changed.
import { conflictMessages } from '@sundhed/shared';
import { AppError, notFound } from './errors';

export type ConflictKind =
  | 'reformTransfer'
  | 'offer'
  | 'theme'
  | 'milestone'
  | 'budgetLine'
  | 'synonyms'
  | 'vocabulary'
  | 'report'
  | 'project'
  | 'statusReport'
  | 'indicator'
  | 'indicatorValue'
  | 'meeting'
  | 'agendaItem'
  | 'grant'
  | 'followUp'
  | 'proposal'
  | 'price'
  | 'priceIndex'
  | 'businessCase'
  | 'comparisonSet'
  | 'rateRule'
  | 'fundingFlow'
  | 'offerTranslation'
  | 'handoutLanguage';

/** The CONFLICT error: extensions.currentVersion, extensions.current and (offers) extensions.changedFields. */
export function conflictError(
  kind: ConflictKind,
  currentVersion: number,
  current: Record<string, unknown>,
  changedFields?: string[],
) {
  return new AppError('CONFLICT', conflictMessages[kind], [], {
    kind,
    currentVersion,
    current,
    ...(changedFields ? { changedFields } : {}),
  });
}

/**
 * After a compare-and-set that matched no row: the record is gone (NOT_FOUND) or another version is
 * stored (CONFLICT with its values).
 */
export function staleOrMissing<T extends { version: number }>(
  kind: ConflictKind,
  row: T | null,
  values: (row: T) => Record<string, unknown>,
) {
  if (!row) return notFound();
  return conflictError(kind, row.version, values(row));
}
