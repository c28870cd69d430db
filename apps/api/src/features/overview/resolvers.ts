import type { Resolvers } from '../../__generated__/graphql';
import type { Municipality as PrismaMunicipality } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { visibleClusters } from '../cluster/resolvers';
import { visibleBodies } from '../organisation/bodies';
import { listThemes } from '../themes/themeService';

type Ctx = Context;

/** What Query.overview resolves to: the municipality; the lists are resolved by the fields below. */
export interface OverviewRoot {
  municipality: PrismaMunicipality;
}

export const overviewResolvers = {
  Query: {
    overview: async (_: unknown, __: unknown, ctx: Ctx) => {
      const municipality = await ctx.loaders.municipality.load(municipalityOf(ctx));
      if (!municipality) throw notFound();
      return { municipality };
    },
  },
  Overview: {
    themes: (_: unknown, __: unknown, ctx: Ctx) => listThemes(ctx),
    bodies: (_: unknown, __: unknown, ctx: Ctx) => visibleBodies(ctx),
    clusters: (_: unknown, __: unknown, ctx: Ctx) => visibleClusters(ctx),
    hostedGrants: (root: OverviewRoot, _: unknown, ctx: Ctx) =>
      ctx.loaders.memo('hostedGrants', ['cluster'], root.municipality.id, () =>
        ctx.db.grant.findMany({
          where: { hostMunicipalityId: root.municipality.id },
          orderBy: [{ year: 'asc' }, { title: 'asc' }],
        }),
      ),
  },
} satisfies Resolvers;
