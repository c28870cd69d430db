// Who may record a meeting (ADR 031 amendment, ADR 047): the cluster secretariat records its cluster's
// meetings, the staff unit records the meetings of its own municipality's bodies (Sundhedsforum,
// "Sammen om sundhed"). The meeting and agenda-item writes of clusterService.ts take the owner from here,
// so one set of mutations and screens serves both.
import { clusterMessages as cm, dateToIso, fieldLabels as fl, formatDate } from '@sundhed/shared';
import type { Prisma } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { forbidden, unauthenticated, validationError } from '../../graphql/errors';
import type { Tx } from '../history/changeLog';

export type MeetingOwner = { clusterId: string } | { municipalityId: string };

/** The caller's meeting owner: the secretariat's cluster, or the staff unit's municipality; others may not write. */
export function meetingOwner(ctx: Context): MeetingOwner {
  if (!ctx.user) throw unauthenticated();
  if (ctx.user.role === 'klyngesekretariat' && ctx.user.clusterId) return { clusterId: ctx.user.clusterId };
  if (ctx.user.role === 'sundhedsstab' && ctx.user.municipalityId) return { municipalityId: ctx.user.municipalityId };
  throw forbidden();
}

/** The meetings the owner records. */
export const ownMeetings = (o: MeetingOwner): Prisma.ClusterMeetingWhereInput =>
  'clusterId' in o ? { clusterId: o.clusterId } : { body: { municipalityId: o.municipalityId } };

/** Where a meeting record's history is kept: under its cluster or its body. */
export const historyOwner = (m: { clusterId: string | null; bodyId: string | null }) =>
  m.clusterId ? { clusterId: m.clusterId, bodyId: null } : { clusterId: null, bodyId: m.bodyId };

const period = (from: string | null, to: string | null) =>
  from && to ? `${formatDate(from)}–${formatDate(to)}` : from ? `fra ${formatDate(from)}` : `til ${formatDate(to!)}`;

/** A meeting day must lie in its cluster's or body's validity (a body does not meet before it exists or after it ended). */
export async function checkMeetingDay(tx: Tx, m: { clusterId: string | null; bodyId: string | null }, date: string) {
  const owner = m.clusterId
    ? await tx.cluster.findUniqueOrThrow({ where: { id: m.clusterId } })
    : await tx.body.findUniqueOrThrow({ where: { id: m.bodyId! } });
  const from = owner.validFrom ? dateToIso(owner.validFrom) : null;
  const to = owner.validTo ? dateToIso(owner.validTo) : null;
  if ((from && date < from) || (to && date > to))
    throw validationError([
      { path: 'input.date', message: `${fl.date} ${cm.outsideValidity(owner.name, period(from, to))}` },
    ]);
}
