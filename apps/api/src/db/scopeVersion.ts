// Scoped data versions (ADR 019): a counter per (municipality, kind of data) in "DataScopeVersion",
// bumped by statement triggers on every data table (migration 20261203110000_scoped_data_version).
// A reader names the kinds it depends on and the municipality it serves; its version is the sum of the
// matching counters, which grows with every committed write to that scope and with no other.
import { poolOf, type Db } from './prisma';

export const DATA_KINDS = [
  'offers', // Offer, OfferLocation: what the search indexes hold
  'offerDetails', // schedules, change history, reports, an offer's themes and projects
  'synonyms',
  'themes', // themes, milestones, budget lines, responsible units
  'projects',
  'organisation',
  'cluster',
  'geography',
  'sources',
  'staff',
  'history', // ChangeLog: field-level history of planning records and projects (issue 9)
  'cofinancing', // imported co-financing activity, population, comparison sets (issue 13), all municipalities
  'searchMisses', // SearchMiss: counts of searches that found nothing (issue 11, ADR 041)
  'languages', // HandoutLanguage: the hand-out's languages and fixed strings, every municipality's (ADR 043)
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/**
 * Kinds a reader may see across municipalities (a cluster's host municipality, a body member's unit):
 * every municipality's counter of these counts, not only the reader's own.
 */
const SHARED_KINDS: readonly DataKind[] = ['geography', 'cluster', 'sources', 'organisation'];

export interface DataScope {
  kinds: readonly DataKind[];
  /** The municipality served; null = every municipality (the HSDS feed, accounts of no municipality). */
  municipalityId: string | null;
}

/** A scope's version per kind: the sum of the matching counters of each kind. */
export type KindVersions = ReadonlyMap<DataKind, bigint>;

/** The scope's version: the sum over its kinds (grows with every committed write to the scope). */
export function totalVersion(versions: KindVersions): bigint {
  let total = 0n;
  for (const v of versions.values()) total += v;
  return total;
}

const SCOPE_VERSION_SQL = `SELECT "kind", sum("version")::text AS v FROM "DataScopeVersion"
  WHERE "kind" = ANY($1::text[])
    AND ($2::text IS NULL OR "municipalityId" = $2::text OR "municipalityId" = '*' OR "kind" = ANY($3::text[]))
  GROUP BY "kind"`;

/**
 * One statement: the scope's version, per kind (a kind without a counter yet is 0). It runs before
 * almost every cached read, so, like the session lookup (ADR 049), it is a named prepared statement on
 * the pool under Prisma (ADR 059); a client without its own pool goes through Prisma.
 */
export async function readScopeVersion(db: Db, scope: DataScope): Promise<KindVersions> {
  const values = [scope.kinds, scope.municipalityId, SHARED_KINDS];
  const pool = poolOf(db);
  const rows = pool
    ? (await pool.query<ScopeVersionRow>({ name: 'sundhed-scope-version', text: SCOPE_VERSION_SQL, values })).rows
    : await db.$queryRawUnsafe<ScopeVersionRow[]>(SCOPE_VERSION_SQL, ...values);
  const versions = new Map<DataKind, bigint>(scope.kinds.map((k) => [k, 0n]));
  for (const row of rows) versions.set(row.kind, BigInt(row.v));
  return versions;
}

interface ScopeVersionRow {
  kind: DataKind;
  v: string;
}

/**
 * Reads scope versions, sharing statements without ever answering from one sent before the reader
 * began: readers of the same municipality arriving in the same turn of the event loop share one read
 * (of every kind, so a search and an overview arriving together share it too), sent at the end of that
 * turn (setImmediate), after all of them began. So a write committed before a request starts is always
 * seen by it, whichever process made it; nothing is kept across requests (ADR 012).
 */
export class ScopeVersionReader {
  private readonly pending = new Map<string, Promise<KindVersions>>();
  reads = 0;

  constructor(private readonly read: (scope: DataScope) => Promise<KindVersions>) {}

  /** The scope's version per kind, from a statement sent after this call. */
  async byKind(scope: DataScope): Promise<KindVersions> {
    const key = scope.municipalityId ?? '';
    let promise = this.pending.get(key);
    if (!promise) {
      promise = new Promise<KindVersions>((resolve, reject) => {
        setImmediate(() => {
          this.pending.delete(key); // later arrivals get a read of their own, sent after they began
          this.reads++;
          this.read({ kinds: DATA_KINDS, municipalityId: scope.municipalityId }).then(resolve, reject);
        });
      });
      this.pending.set(key, promise);
    }
    const all = await promise;
    return new Map(scope.kinds.map((kind) => [kind, all.get(kind) ?? 0n]));
  }

  /** The scope's version (the sum over its kinds), from a statement sent after this call. */
  async current(scope: DataScope): Promise<bigint> {
    return totalVersion(await this.byKind(scope));
  }
}

const readers = new WeakMap<Db, ScopeVersionReader>();

/** The reader of one database (one Prisma client), shared by the response cache and the search indexes. */
export function scopeVersions(db: Db): ScopeVersionReader {
  let reader = readers.get(db);
  if (!reader) readers.set(db, (reader = new ScopeVersionReader((scope) => readScopeVersion(db, scope))));
  return reader;
}
