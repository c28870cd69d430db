// Rows kept across requests, per kind of data (ADR 020). The response cache (ADR 005, 019) keeps whole
// answers, so a write to one kind makes every answer that reads it execute again in full: after a
// milestone edit the director's overview ran its 24 statements although only its themes had changed.
// Here the loaders' rows are kept per (loader, municipality served, key), labelled with the versions of
// the kinds the loader reads, as the request read them before it executed (one statement, shared with
// the response cache). A later request whose versions of those kinds are the same takes the rows; any
// other change (a write to another kind) leaves them usable. A request without versions (a mutation,
// an anonymous or uncached request, or the response cache switched off) reads the database as before.
//
// Why this is safe: the versions are read by a statement sent after the request began, and the rows are
// fetched after that, so rows labelled with version v hold every write counted in v (possibly more).
// A request that reads the same v later has seen no write of those kinds commit since, in any process;
// one that reads a newer v misses and fetches. The rows of a municipality's own kinds (themes,
// projects, …) are kept apart per municipality, because their versions count only that municipality's
// writes; the response cache relies on the same rule (a query reads those kinds only of the account's
// municipality).
import type { DataKind, KindVersions } from '../db/scopeVersion';

/** The versions a request read before it executed, for the kinds of its operation. */
export interface RequestVersions {
  municipalityId: string | null;
  byKind: KindVersions;
}

const MAX_ENTRIES = 50_000;

/** Where rows read at some versions may be shared (the municipality served), and their label. */
export interface Stamp {
  scope: string;
  label: string;
}

/** The stamp of rows read at these versions, or null when a kind is not among them (no sharing). */
export function stampOf(versions: RequestVersions | undefined, kinds: readonly DataKind[]): Stamp | null {
  if (!versions) return null;
  let label = '';
  for (const kind of kinds) {
    const v = versions.byKind.get(kind);
    if (v === undefined) return null;
    label += `${v}|`;
  }
  return { scope: versions.municipalityId ?? '*', label };
}

/** Values shared across requests, least recently used dropped past MAX_ENTRIES. Values are never mutated. */
export class SharedRows {
  private readonly entries = new Map<string, { label: string; value: unknown }>();
  hits = 0;
  misses = 0;

  get(name: string, key: string, stamp: Stamp): { value: unknown } | undefined {
    const id = `${name}\u0000${stamp.scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry || entry.label !== stamp.label) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  set(name: string, key: string, stamp: Stamp, value: unknown): void {
    const id = `${name}\u0000${stamp.scope}\u0000${key}`;
    this.entries.delete(id);
    this.entries.set(id, { label: stamp.label, value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}

const perDb = new WeakMap<object, SharedRows>();

/** The shared rows of one database (one Prisma client). */
export function sharedRows(db: object): SharedRows {
  let rows = perDb.get(db);
  if (!rows) perDb.set(db, (rows = new SharedRows()));
  return rows;
}
