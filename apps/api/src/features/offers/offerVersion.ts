// The offer's version under a row lock (ADR 016). Offer edits read the stored offer, diff it and write
// history rows, so the version check cannot be a single UPDATE: the transaction locks the row first
// (SELECT … FOR UPDATE), compares, and only then reads and writes; a concurrent save of the same offer
// waits for the lock and then sees the new version.
import type { Prisma } from '../../__generated__/prisma/client';
import { AppError } from '../../graphql/errors';
import { conflictError } from '../../graphql/versioning';
import { conflictMessages } from '@sundhed/shared';
import { fullOfferInclude, snapshotOf } from './offerRecord';

type Tx = Prisma.TransactionClient;

/** Locks the offer's row for the transaction; its stored version, or null when it is not the municipality's. */
export async function lockOffer(tx: Tx, id: string, municipalityId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    SELECT "version" FROM "Offer" WHERE "id" = ${id} AND "municipalityId" = ${municipalityId} FOR UPDATE`;
  return rows[0]?.version ?? null;
}

/** The offer's version and its theme and project links, read by the statement that locks its row. */
export interface LockedOffer {
  version: number;
  themeIds: string[];
  projectIds: string[];
}

/**
 * lockOffer for an edit: the same lock, and in the same statement the offer's theme and project links
 * (two statements fewer per save, ADR 059). The links are only used when the caller's version matches
 * the stored one: a concurrent save waited for holds the lock and bumps the version, so its links never
 * reach a save that proceeds.
 */
export async function lockOfferForEdit(tx: Tx, id: string, municipalityId: string): Promise<LockedOffer | null> {
  const rows = await tx.$queryRaw<LockedOffer[]>`
    SELECT o."version",
           coalesce((SELECT array_agg(t."themeId") FROM "OfferTheme" t WHERE t."offerId" = o."id"), '{}') AS "themeIds",
           coalesce((SELECT array_agg(p."projectId") FROM "OfferProject" p WHERE p."offerId" = o."id"), '{}') AS "projectIds"
      FROM "Offer" o WHERE o."id" = ${id} AND o."municipalityId" = ${municipalityId} FOR UPDATE OF o`;
  return rows[0] ?? null;
}

/** Locks many offers' rows in id order (two batches never wait for each other in a cycle). */
export async function lockOffers(tx: Tx, ids: string[], municipalityId: string) {
  if (!ids.length) return [];
  return tx.$queryRaw<{ id: string; version: number; assuredAt: Date | null }[]>`
    SELECT "id", "version", "assuredAt" FROM "Offer"
     WHERE "id" = ANY(${ids}::text[]) AND "municipalityId" = ${municipalityId}
     ORDER BY "id" FOR UPDATE`;
}

/**
 * The CONFLICT for an offer edited from version `seen`: the stored version and values, and the fields
 * the history records as changed since (so the form can show the other person's values).
 */
export async function offerConflict(tx: Tx, id: string, municipalityId: string, seen: number): Promise<AppError> {
  const [current, since] = await Promise.all([
    tx.offer.findFirstOrThrow({ where: { id, municipalityId }, include: fullOfferInclude }),
    tx.offerChange.findMany({
      where: { offerId: id, version: { gt: seen } },
      select: { field: true },
      distinct: ['field'],
    }),
  ]);
  const changedFields = since
    .map((c) => c.field)
    .filter((f): f is string => f !== null)
    .sort();
  const current_ = { ...snapshotOf(current), assuredAt: current.assuredAt?.toISOString() ?? null };
  return conflictError('offer', current.version, current_, changedFields);
}

/** Null when every locked offer still has the version the caller saw; else the CONFLICT naming the stale ones. */
export function staleOffers(locked: { id: string; version: number }[], seen: Map<string, number>): AppError | null {
  const stale = locked
    .filter((o) => o.version !== seen.get(o.id))
    .map((o) => ({ id: o.id, currentVersion: o.version }));
  if (!stale.length) return null;
  return new AppError('CONFLICT', conflictMessages.assure, [], { kind: 'offers', stale });
}
