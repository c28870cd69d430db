// Offers of the signed-in account's municipality: reads, and the staff unit's writes. Every write runs
// in one transaction with one OfferChange row per changed field (who, when, old, new value).
import {
  conflictMessages,
  offerInputSchema,
  offerListArgsSchema,
  toFieldIssues,
  validationMessages as m,
  fieldLabels,
  type FieldIssue,
  type OfferInput,
  now,
} from '@sundhed/shared';
import { randomUUID } from 'node:crypto';
import { jsonbText } from '../history/changeLog';
import type { OfferChangeAction, OfferStatus, Prisma } from '../../__generated__/prisma/client';
import { containsFolded } from '../../db/containsFolded';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { lockOffer, lockOfferForEdit, lockOffers, offerConflict, staleOffers, type LockedOffer } from './offerVersion';
import {
  diff,
  fullOfferInclude,
  json,
  mergeInput,
  offerColumns,
  snapshotOf,
  snapshotOfInput,
  type FieldChange,
  type FullOffer,
  type Snapshot,
} from './offerRecord';
import { MAX_OFFERS } from '../../graphql/listBounds';
import { validateArgs } from './reviewService';

type Tx = Prisma.TransactionClient;

export function findOffer(ctx: Context, id: string) {
  return ctx.db.offer.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

/**
 * The municipality's offers, alphabetical. `nameContains` is matched folded against the stored folded name
 * ("searchName", the SQL function "search_fold" = `fold`), so the keyword picker finds "knæ" in
 * "Træning efter knæoperation" without loading the whole catalogue (ADR 063).
 */
export function listOffers(
  ctx: Context,
  status?: OfferStatus | null,
  ownerUnitId?: string | null,
  { nameContains, limit }: { nameContains?: string | null; limit?: number | null } = {},
) {
  const { nameContains: name, limit: take } = validateArgs(offerListArgsSchema, { nameContains, limit });
  return ctx.db.offer.findMany({
    where: {
      municipalityId: municipalityOf(ctx),
      ...(status ? { status } : {}),
      ...(ownerUnitId ? { ownerUnitId } : {}),
      ...(name ? { searchName: containsFolded(name) } : {}),
    },
    orderBy: { name: 'asc' },
    take: take ?? MAX_OFFERS,
  });
}

/** Public page: active offers of any municipality, no sign-in. */
export function findPublicOffer(ctx: Context, id: string) {
  return ctx.db.offer.findFirst({ where: { id, status: 'ACTIVE' } });
}

const issue = (path: string, field: string, message: string): FieldIssue => ({
  path,
  message: `${fieldLabels[field] ?? field} ${message}`,
});

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/**
 * Checks what the schema cannot: the owner is a unit of the municipality, linked themes and projects
 * belong to it, the name is free and schedules name one of the offer's locations. An edit (`stored`:
 * the saved offer, locked by the transaction) checks only the references it changes: the saved ones
 * were checked when they were saved, and each check is a statement.
 */
export async function referenceIssues(
  tx: Tx,
  municipalityId: string,
  raw: Record<string, unknown>,
  selfId: string | null,
  prefix = 'input',
  stored?: Snapshot,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const owner = typeof raw.ownerUnitId === 'string' ? raw.ownerUnitId.trim() : '';
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const themeIds = ids(raw.themeIds);
  const projectIds = ids(raw.projectIds);
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  const checkOwner = owner && owner !== stored?.ownerUnitId;
  const checkThemes = themeIds.length && !(stored && sameSet(themeIds, stored.themeIds as string[]));
  const checkProjects = projectIds.length && !(stored && sameSet(projectIds, stored.projectIds as string[]));
  const checkName = name && name !== stored?.name;
  const [unit, themes, projects, namesake] = await Promise.all([
    checkOwner ? tx.orgUnit.findFirst({ where: { id: owner, municipalityId }, select: { id: true } }) : null,
    checkThemes ? tx.theme.count({ where: { id: { in: themeIds }, municipalityId } }) : new Set(themeIds).size,
    checkProjects ? tx.project.count({ where: { id: { in: projectIds }, municipalityId } }) : new Set(projectIds).size,
    checkName
      ? tx.offer.findFirst({
          where: { municipalityId, name, ...(selfId ? { id: { not: selfId } } : {}) },
          select: { id: true },
        })
      : null,
  ]);
  if (checkOwner && !unit) issues.push(issue(`${prefix}.ownerUnitId`, 'ownerUnitId', m.ownerUnit));
  if (themes !== new Set(themeIds).size) issues.push(issue(`${prefix}.themeIds`, 'themeIds', m.unknownLink));
  if (projects !== new Set(projectIds).size) issues.push(issue(`${prefix}.projectIds`, 'projectIds', m.unknownLink));
  if (namesake) issues.push(issue(`${prefix}.name`, 'name', m.duplicateName));
  const locationNames = new Set(
    (Array.isArray(raw.locations) ? raw.locations : []).map((l) =>
      typeof (l as { name?: unknown })?.name === 'string' ? (l as { name: string }).name.trim() : '',
    ),
  );
  (Array.isArray(raw.schedules) ? raw.schedules : []).forEach((s, i) => {
    const where = (s as { locationName?: unknown })?.locationName;
    if (typeof where === 'string' && where.trim() && !locationNames.has(where.trim())) {
      issues.push(issue(`${prefix}.schedules.${i}.locationName`, 'locationName', m.unknownValue));
    }
  });
  return issues;
}

/** Validates a whole offer (schema and references); every problem at once. */
export async function validateOffer(
  tx: Tx,
  municipalityId: string,
  raw: Record<string, unknown>,
  selfId: string | null,
  prefix = 'input',
  stored?: Snapshot,
) {
  const parsed = offerInputSchema.safeParse(raw);
  const issues = [
    ...(parsed.success ? [] : toFieldIssues(parsed.error, prefix)),
    ...(await referenceIssues(tx, municipalityId, raw, selfId, prefix, stored)),
  ];
  if (!parsed.success || issues.length) return { ok: false as const, issues };
  return { ok: true as const, input: parsed.data };
}

/** The stored offer with its lists; its links as the locking statement read them (lockOfferForEdit). */
async function loadFull(tx: Tx, id: string, municipalityId: string, links: LockedOffer): Promise<FullOffer | null> {
  const { locations, schedules } = fullOfferInclude;
  const offer = await tx.offer.findFirst({ where: { id, municipalityId }, include: { locations, schedules } });
  if (!offer) return null;
  return {
    ...offer,
    themes: links.themeIds.map((themeId) => ({ themeId })),
    projects: links.projectIds.map((projectId) => ({ projectId })),
  };
}

/** History rows for the changes that produced offer version `version`. */
export async function recordChanges(
  tx: Tx,
  offerId: string,
  userId: string | null,
  action: OfferChangeAction,
  changes: FieldChange[],
  version: number,
  at = now(),
) {
  if (!changes.length) return;
  const rows = changes.map((c): Prisma.OfferChangeCreateManyInput => ({
    offerId,
    userId,
    action,
    changedAt: at,
    version,
    field: c.field,
    oldValue: json(c.oldValue),
    newValue: json(c.newValue),
  }));
  // One changed field, the usual save: one raw statement, which needs no query plan (ADR 059).
  const [only] = rows;
  if (rows.length === 1 && only) await insertOfferChangeRow(tx, only, at);
  else await tx.offerChange.createMany({ data: rows });
}

const OFFER_CHANGE_ROW_SQL = `INSERT INTO "OfferChange" ("id", "offerId", "userId", "changedAt", "action", "field",
    "oldValue", "newValue", "version")
  VALUES ($1, $2, $3, $4::timestamp, $5::"OfferChangeAction", $6, $7::jsonb, $8::jsonb, $9)`;

/** As writeHistory's one-row insert: a client-side UUID, UTC in `timestamp`, SQL NULL for no Json value. */
async function insertOfferChangeRow(tx: Tx, row: Prisma.OfferChangeCreateManyInput, at: Date): Promise<void> {
  await tx.$executeRawUnsafe(
    OFFER_CHANGE_ROW_SQL,
    randomUUID(),
    row.offerId,
    row.userId ?? null,
    at.toISOString(),
    row.action,
    row.field ?? null,
    jsonbText(row.oldValue),
    jsonbText(row.newValue),
    row.version ?? null,
  );
}

/** Replaces locations, schedules and links when they changed. */
async function writeRelations(tx: Tx, offerId: string, input: OfferInput, changed: Set<string>) {
  if (changed.has('locations') || changed.has('schedules')) {
    await tx.offerSchedule.deleteMany({ where: { offerId } });
    await tx.offerLocation.deleteMany({ where: { offerId } });
    const locationIds = new Map<string, string>();
    const locations = input.locations.map((l) => {
      const id = randomUUID();
      locationIds.set(l.name, id);
      return { ...l, id, offerId };
    });
    if (locations.length) await tx.offerLocation.createMany({ data: locations });
    if (input.schedules.length) {
      await tx.offerSchedule.createMany({
        data: input.schedules.map(({ locationName, validFrom, validTo, ...s }) => ({
          ...s,
          offerId,
          locationId: locationName ? (locationIds.get(locationName) ?? null) : null,
          validFrom: validFrom ? new Date(`${validFrom}T00:00:00Z`) : null,
          validTo: validTo ? new Date(`${validTo}T00:00:00Z`) : null,
        })),
      });
    }
  }
  if (changed.has('themeIds')) {
    await tx.offerTheme.deleteMany({ where: { offerId } });
    if (input.themeIds.length)
      await tx.offerTheme.createMany({ data: input.themeIds.map((themeId) => ({ offerId, themeId })) });
  }
  if (changed.has('projectIds')) {
    await tx.offerProject.deleteMany({ where: { offerId } });
    if (input.projectIds.length)
      await tx.offerProject.createMany({ data: input.projectIds.map((projectId) => ({ offerId, projectId })) });
  }
}

/** Creates an offer from a validated input; returns its id. */
export async function insertOffer(
  tx: Tx,
  municipalityId: string,
  userId: string | null,
  input: OfferInput,
  action: OfferChangeAction,
  at = now(),
) {
  const offer = await tx.offer.create({ data: { ...offerColumns(input), municipalityId } });
  const changes = diff(null, snapshotOfInput(input, offer.status));
  await writeRelations(tx, offer.id, input, new Set(changes.map((c) => c.field)));
  await recordChanges(tx, offer.id, userId, action, changes, offer.version, at);
  return offer.id;
}

/**
 * Applies a validated input to a stored offer whose row the transaction has locked (lockOffer), bumping
 * its version once for the row and its lists; returns the changes made.
 */
export async function applyOffer(
  tx: Tx,
  current: FullOffer,
  before: Snapshot,
  userId: string | null,
  input: OfferInput,
  action: OfferChangeAction,
  at = now(),
) {
  const changes = diff(before, snapshotOfInput(input, current.status));
  if (!changes.length) {
    const { locations: _l, schedules: _s, themes: _t, projects: _p, ...offer } = current;
    return { changes, offer: offer };
  }
  const version = current.version + 1;
  const offer = await tx.offer.update({ where: { id: current.id }, data: { ...offerColumns(input), version } });
  await writeRelations(tx, current.id, input, new Set(changes.map((c) => c.field)));
  await recordChanges(tx, current.id, userId, action, changes, version, at);
  return { changes, offer };
}

export async function createOffer(ctx: Context, raw: unknown) {
  const municipalityId = municipalityOf(ctx);
  const patch = (raw ?? {}) as Record<string, unknown>;
  const id = await ctx.db.$transaction(async (tx) => {
    const result = await validateOffer(tx, municipalityId, patch, null);
    if (!result.ok) throw validationError(result.issues);
    return insertOffer(tx, municipalityId, ctx.user!.id, result.input, 'CREATE');
  });
  return ctx.db.offer.findUniqueOrThrow({ where: { id } });
}

export async function updateOffer(ctx: Context, id: string, version: number, raw: unknown) {
  const municipalityId = municipalityOf(ctx);
  const patch = (raw ?? {}) as Record<string, unknown>;
  // The saved offer as the transaction left it (the update's own answer: no read after the commit).
  return ctx.db.$transaction(async (tx) => {
    // Row lock first: a concurrent save of the same offer waits here, then sees the new version.
    const locked = await lockOfferForEdit(tx, id, municipalityId);
    if (locked === null) throw notFound();
    if (locked.version !== version) throw await offerConflict(tx, id, municipalityId, version);
    const current = await loadFull(tx, id, municipalityId, locked);
    if (!current) throw notFound();
    const before = snapshotOf(current);
    const { status: _status, ...editable } = before;
    const result = await validateOffer(
      tx,
      municipalityId,
      mergeInput(editable as Snapshot, patch),
      id,
      'input',
      before,
    );
    if (!result.ok) throw validationError(result.issues);
    const { offer } = await applyOffer(tx, current, before, ctx.user!.id, result.input, 'UPDATE');
    return offer;
  });
}

export async function setOfferStatus(
  ctx: Context,
  id: string,
  version: number,
  status: OfferStatus,
  alert: string | null | undefined,
) {
  const municipalityId = municipalityOf(ctx);
  const text = alert?.trim() || null;
  if (text && text.length > 500) throw validationError([issue('alert', 'alert', m.tooLong(500))]);
  return ctx.db.$transaction(async (tx) => {
    const stored = await lockOffer(tx, id, municipalityId);
    if (stored === null) throw notFound();
    if (stored !== version) throw await offerConflict(tx, id, municipalityId, version);
    const current = await tx.offer.findFirstOrThrow({ where: { id, municipalityId } });
    const changes: FieldChange[] = [];
    if (current.status !== status) changes.push({ field: 'status', oldValue: current.status, newValue: status });
    if ((current.alert ?? null) !== text) changes.push({ field: 'alert', oldValue: current.alert, newValue: text });
    if (!changes.length) return current;
    await recordChanges(tx, id, ctx.user!.id, 'STATUS', changes, current.version + 1);
    return tx.offer.update({ where: { id }, data: { status, alert: text, version: current.version + 1 } });
  });
}

/**
 * "Bekræft oplysninger" for one or many offers: the only writer of assuredAt. All or none. Each offer
 * comes with the version the caller saw: confirming is a statement about that content, so an offer
 * changed since refuses the whole batch (ADR 016).
 */
export async function assureOffers(ctx: Context, ids: string[], versions: number[]) {
  const municipalityId = municipalityOf(ctx);
  if (versions.length !== ids.length)
    throw validationError([{ path: 'versions', message: conflictMessages.versionsPerOffer }]);
  const wanted = new Map<string, number>();
  ids.forEach((id, i) => wanted.set(id, Math.max(wanted.get(id) ?? 0, versions[i]!)));
  const unique = [...wanted.keys()];
  const at = now();
  await ctx.db.$transaction(async (tx) => {
    const offers = await lockOffers(tx, unique, municipalityId);
    if (offers.length !== unique.length) throw notFound();
    const stale = staleOffers(offers, wanted);
    if (stale) throw stale;
    await tx.offer.updateMany({
      where: { id: { in: unique } },
      data: { assuredAt: at, assuredById: ctx.user!.id, version: { increment: 1 } },
    });
    await tx.offerChange.createMany({
      data: offers.map((o) => ({
        offerId: o.id,
        userId: ctx.user!.id,
        action: 'ASSURE' as const,
        changedAt: at,
        version: o.version + 1,
        field: 'assuredAt',
        oldValue: json(o.assuredAt?.toISOString() ?? null),
        newValue: json(at.toISOString()),
      })),
    });
  });
  const rows = await ctx.db.offer.findMany({ where: { id: { in: unique } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return unique.map((id) => byId.get(id)!);
}
