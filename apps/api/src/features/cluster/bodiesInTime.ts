// "What existed on this day" (ADR 031): regions, clusters (and sundhedsråd) and bodies whose validity
// contains the day, each with the ones before and after it. One statement per table; no per-row lookups.
import { clusterMessages as cm, dateToIso, isoToDate, today } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { clusterIdsOf, visibleBodies } from '../organisation/bodies';

type Kind = 'REGION' | 'CLUSTER' | 'BODY';

interface Row {
  id: string;
  name: string;
  validFrom: Date | null;
  validTo: Date | null;
  successorId: string | null;
}

export interface OrganisationRefRow {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface OrganisationOnDay extends OrganisationRefRow {
  kind: Kind;
  kindLabel: string;
  successor: OrganisationRefRow | null;
  predecessors: OrganisationRefRow[];
}

const iso = (d: Date | null) => (d ? dateToIso(d) : null);
const ref = (r: Row): OrganisationRefRow => ({
  id: r.id,
  name: r.name,
  validFrom: iso(r.validFrom),
  validTo: iso(r.validTo),
});

/** Whether a row with this validity exists on the day (bounds inclusive, null = open). */
export const existsOn = (r: Pick<Row, 'validFrom' | 'validTo'>, day: string) =>
  (!r.validFrom || iso(r.validFrom)! <= day) && (!r.validTo || iso(r.validTo)! >= day);

function inTime(kind: Kind, rows: Row[], day: string): OrganisationOnDay[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows
    .filter((r) => existsOn(r, day))
    .map((r) => {
      const successor = r.successorId ? byId.get(r.successorId) : undefined;
      return {
        ...ref(r),
        kind,
        kindLabel: cm.organisationKind[kind]!,
        successor: successor ? ref(successor) : null,
        predecessors: rows.filter((p) => p.successorId === r.id).map(ref),
      };
    });
}

const fields = { id: true, name: true, validFrom: true, validTo: true, successorId: true } as const;

export async function bodiesOn(ctx: Context, date: string | Date | null | undefined): Promise<OrganisationOnDay[]> {
  if (!ctx.user) throw unauthenticated();
  const day = date instanceof Date ? dateToIso(date) : (date ?? today());
  isoToDate(day);
  const ids = await clusterIdsOf(ctx);
  const [regions, clusters, bodies] = await Promise.all([
    ctx.db.region.findMany({ select: fields, orderBy: { name: 'asc' } }),
    // The account's clusters and those one step before or after them (a successor has its own members).
    ctx.db.cluster.findMany({
      where: {
        OR: [{ id: { in: ids } }, { successorId: { in: ids } }, { predecessors: { some: { id: { in: ids } } } }],
      },
      select: fields,
      orderBy: { name: 'asc' },
    }),
    visibleBodies(ctx),
  ]);
  return [...inTime('REGION', regions, day), ...inTime('CLUSTER', clusters, day), ...inTime('BODY', bodies, day)];
}
