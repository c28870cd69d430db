import type { AgendaItem, Cluster, Grant, GrantAmountChange } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { sourceField } from '../../graphql/scope';
import { clusterIdsOf } from '../organisation/bodies';

type Ctx = Context;

export async function visibleClusters(ctx: Ctx) {
  const ids = await clusterIdsOf(ctx);
  return ctx.loaders.memo('visibleClusters', ['cluster'], JSON.stringify(ids), () =>
    ctx.db.cluster.findMany({ where: { id: { in: ids } }, orderBy: { name: 'asc' } }),
  );
}

export const clusterResolvers = {
  Query: {
    clusters: (_: unknown, __: unknown, ctx: Ctx) => visibleClusters(ctx),
  },
  Cluster: {
    ...sourceField,
    region: (c: Cluster, _: unknown, ctx: Ctx) => referenced(ctx.loaders.region.load(c.regionId)),
    members: (c: Cluster, _: unknown, ctx: Ctx) => ctx.loaders.clusterMembers.load(c.id),
    meetings: (c: Cluster, _: unknown, ctx: Ctx) => ctx.loaders.clusterMeetings.load(c.id),
    grants: async (c, args, ctx) => {
      const grants = await ctx.loaders.clusterGrants.load(c.id);
      return args.year == null ? grants : grants.filter((g) => g.year === args.year);
    },
  },
  ClusterMember: sourceField,
  ClusterMeeting: {
    ...sourceField,
    agendaItems: (m: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.agendaItems.load(m.id),
  },
  AgendaItem: {
    ...sourceField,
    meeting: (a: AgendaItem, _: unknown, ctx: Ctx) => referenced(ctx.loaders.meeting.load(a.meetingId)),
  },
  Grant: {
    ...sourceField,
    hostMunicipality: (g: Grant, _: unknown, ctx: Ctx) =>
      g.hostMunicipalityId ? ctx.loaders.municipality.load(g.hostMunicipalityId) : null,
    changes: (g: Grant, _: unknown, ctx: Ctx) => ctx.loaders.grantChanges.load(g.id),
  },
  GrantAmountChange: {
    ...sourceField,
    agendaItem: (c: GrantAmountChange, _: unknown, ctx: Ctx) =>
      c.agendaItemId ? ctx.loaders.agendaItem.load(c.agendaItemId) : null,
  },
} satisfies Resolvers;
