// The grants of a cluster with their amount histories in one statement (issue 10's figure, ADR 058).
// A body with 300 grants and 1,200 amount changes made the cluster page's answer ~20,000 fields; read
// through the per-level DataLoaders, Prisma materialised every row (grants, changes, the decisions'
// agenda items and meetings, sources, host municipalities) and each relation field of each object
// returned a promise, so graphql-js completed thousands of objects asynchronously. Here PostgreSQL
// builds one JSON value holding every row once, Node parses it once, and the rows are linked into the
// objects the resolvers receive: `changes`, `source` and `hostMunicipality` on a grant, `agendaItem`
// and `source` on a change, `meeting` on the agenda item. The resolvers answer those relations from the
// object when present (synchronously) and through the loaders otherwise (grants from other paths).
// Each row has exactly the columns and value types Prisma gives (the dates revived), so every other
// resolver works on it unchanged; clusterGrantRows.test.ts compares them with Prisma's rows.
import type {
  AgendaItem,
  ClusterMeeting,
  Grant,
  GrantAmountChange,
  Municipality,
  Source,
} from '../../__generated__/prisma/client';
import type { Db } from '../../db/prisma';
import type { Context } from '../../graphql/context';

/** The agenda item's long texts: left out of the statement, read on demand (the page shows number and title). */
export const LAZY_ITEM_FIELDS = ['background', 'recommendation', 'decision', 'attachments'] as const;
type LazyItemField = (typeof LAZY_ITEM_FIELDS)[number];
/** An agenda item that decided an amount change, with its meeting; its long texts may be absent. */
export type DecisionRow = Omit<AgendaItem, LazyItemField> &
  Partial<Pick<AgendaItem, LazyItemField>> & { meeting?: ClusterMeeting };
/** An amount change with its decision and source. */
export type ChangeRow = GrantAmountChange & { agendaItem?: DecisionRow | null; source?: Source | null };
/** A grant with its amount history (oldest first), source and host municipality. */
export type GrantRow = Grant & {
  changes?: ChangeRow[];
  source?: Source | null;
  hostMunicipality?: Municipality | null;
};

// Every row once: the grants of the clusters, their changes, the agenda items (without their long texts,
// LAZY_ITEM_FIELDS: most of the bytes, and the page asks only number and title) and meetings the changes
// point at, the sources of grants and changes, the host municipalities. The orders are the loaders'
// (clusterGrants, grantChanges), with the id as the last tie-breaker.
const SQL = `
WITH g AS (SELECT * FROM "Grant" WHERE "clusterId" = ANY($1::text[])),
     c AS (SELECT * FROM "GrantAmountChange" WHERE "grantId" IN (SELECT "id" FROM g)),
     i AS (SELECT "id", "meetingId", "number", "title", "expectedMinutes", "journalNumber", "outcome", "decidedOn",
                  "sourceId", "version", "proposalId"
             FROM "AgendaItem" WHERE "id" IN (SELECT "agendaItemId" FROM c)),
     m AS (SELECT * FROM "ClusterMeeting" WHERE "id" IN (SELECT "meetingId" FROM i))
SELECT json_build_object(
  'grants', (SELECT coalesce(json_agg(g ORDER BY g."year", g."area", g."title", g."id"), '[]') FROM g),
  'changes', (SELECT coalesce(json_agg(c ORDER BY c."effectiveDate", c."id"), '[]') FROM c),
  'items', (SELECT coalesce(json_agg(i), '[]') FROM i),
  'meetings', (SELECT coalesce(json_agg(m), '[]') FROM m),
  'sources', (SELECT coalesce(json_agg(s), '[]') FROM "Source" s
              WHERE s."id" IN (SELECT "sourceId" FROM g UNION SELECT "sourceId" FROM c)),
  'municipalities', (SELECT coalesce(json_agg(mu), '[]') FROM "Municipality" mu
                     WHERE mu."id" IN (SELECT "hostMunicipalityId" FROM g))
)::text AS "rows"`;

interface Rows {
  grants: GrantRow[];
  changes: ChangeRow[];
  items: DecisionRow[];
  meetings: ClusterMeeting[];
  sources: Source[];
  municipalities: Municipality[];
}

type Mutable = Record<string, unknown>;

/** PostgreSQL's JSON of a `date` ('2023-01-18') or `timestamp(3)` ('2023-01-18T10:00:00.5') as Prisma's Date. */
function revive(row: object, fields: readonly string[]): void {
  const r = row as Mutable;
  for (const f of fields) {
    const v = r[f];
    if (typeof v === 'string') r[f] = new Date(v.length === 10 ? v : `${v}Z`);
  }
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Links the rows of one statement into grants per cluster. */
export function linkGrantRows(rows: Rows): Map<string, GrantRow[]> {
  for (const s of rows.sources) revive(s, ['date']);
  for (const m of rows.meetings) revive(m, ['date', 'agendaPublishedAt', 'minutesPublishedAt']);
  const sources = byId(rows.sources);
  const meetings = byId(rows.meetings);
  const municipalities = byId(rows.municipalities);
  for (const i of rows.items) {
    revive(i, ['decidedOn']);
    i.meeting = meetings.get(i.meetingId);
  }
  const items = byId(rows.items);
  const changes = new Map<string, ChangeRow[]>();
  for (const c of rows.changes) {
    revive(c, ['effectiveDate']);
    c.agendaItem = c.agendaItemId ? (items.get(c.agendaItemId) ?? null) : null;
    c.source = c.sourceId ? (sources.get(c.sourceId) ?? null) : null;
    const list = changes.get(c.grantId);
    if (list) list.push(c);
    else changes.set(c.grantId, [c]);
  }
  const grants = new Map<string, GrantRow[]>();
  for (const g of rows.grants) {
    g.changes = changes.get(g.id) ?? [];
    g.source = g.sourceId ? (sources.get(g.sourceId) ?? null) : null;
    g.hostMunicipality = g.hostMunicipalityId ? (municipalities.get(g.hostMunicipalityId) ?? null) : null;
    const list = grants.get(g.clusterId);
    if (list) list.push(g);
    else grants.set(g.clusterId, [g]);
  }
  return grants;
}

/** Reads the grants of these clusters with everything the cluster page shows of them: one statement. */
export async function readClusterGrants(db: Db, clusterIds: readonly string[]): Promise<GrantRow[][]> {
  const [row] = await db.$queryRawUnsafe<{ rows: string }[]>(SQL, clusterIds);
  if (!row) throw new Error('The grants statement returned no row');
  const grants = linkGrantRows(JSON.parse(row.rows) as Rows);
  return clusterIds.map((id) => grants.get(id) ?? []);
}

/** The request's loader of a cluster's grants: one statement for every cluster the request reads. */
export const clusterGrantRows = (ctx: Context) =>
  ctx.loaders.feature('clusterGrantRows', ['cluster', 'sources', 'geography'], (ids) => readClusterGrants(ctx.db, ids));
