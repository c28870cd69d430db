import type { Body, BodyMember, Municipality, OrgUnit, Region } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { municipalityOf, sourceField } from '../../graphql/scope';
import { visibleBodies } from './bodies';

type Ctx = Context;

export const organisationResolvers = {
  Query: {
    regions: (_: unknown, __: unknown, ctx: Ctx) => ctx.db.region.findMany({ orderBy: { name: 'asc' } }),
    socialGroups: async (_: unknown, __: unknown, ctx: Ctx) => {
      const rows = await ctx.db.municipality.findMany({
        where: { socialGroup: { not: null } },
        orderBy: { name: 'asc' },
      });
      return [1, 2, 3, 4].map((group) => ({ group, entries: rows.filter((r) => r.socialGroup === group) }));
    },
    orgUnits: (_: unknown, __: unknown, ctx: Ctx) =>
      ctx.db.orgUnit.findMany({
        where: { municipalityId: municipalityOf(ctx) },
        orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      }),
    bodies: (_: unknown, __: unknown, ctx: Ctx) => visibleBodies(ctx),
  },
  Region: {
    ...sourceField,
    municipalities: (r: Region, _: unknown, ctx: Ctx) => ctx.loaders.regionMunicipalities.load(r.id),
    bodies: (r: Region, _: unknown, ctx: Ctx) => ctx.loaders.regionBodies.load(r.id),
  },
  Municipality: {
    ...sourceField,
    region: (m: Municipality, _: unknown, ctx: Ctx) => referenced(ctx.loaders.region.load(m.regionId)),
    populations: (m: Municipality, _: unknown, ctx: Ctx) => ctx.loaders.populations.load(m.id),
  },
  PopulationFigure: sourceField,
  OrgUnit: {
    ...sourceField,
    parent: (u: OrgUnit, _: unknown, ctx: Ctx) => (u.parentId ? ctx.loaders.orgUnit.load(u.parentId) : null),
    children: (u: OrgUnit, _: unknown, ctx: Ctx) => ctx.loaders.orgUnitChildren.load(u.id),
  },
  Body: {
    ...sourceField,
    members: (b: Body, _: unknown, ctx: Ctx) => ctx.loaders.bodyMembers.load(b.id),
    ownerName: async (b: Body, _: unknown, ctx: Ctx) => {
      const owner = b.municipalityId
        ? await ctx.loaders.municipality.load(b.municipalityId)
        : b.regionId
          ? await ctx.loaders.region.load(b.regionId)
          : b.clusterId
            ? await ctx.loaders.cluster.load(b.clusterId)
            : null;
      return owner?.name ?? '';
    },
  },
  BodyMember: {
    ...sourceField,
    orgUnit: (m: BodyMember, _: unknown, ctx: Ctx) => (m.orgUnitId ? ctx.loaders.orgUnit.load(m.orgUnitId) : null),
    name: async (m: BodyMember, _: unknown, ctx: Ctx) => {
      if (m.orgUnitId) return (await ctx.loaders.orgUnit.load(m.orgUnitId))?.name ?? '';
      if (m.municipalityId) return (await ctx.loaders.municipality.load(m.municipalityId))?.name ?? '';
      if (m.regionId) return (await ctx.loaders.region.load(m.regionId))?.name ?? '';
      return m.organisationName ?? m.function ?? '';
    },
  },
} satisfies Resolvers;
