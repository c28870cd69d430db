import type { Project, ProjectOwnership } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { municipalityOf, sourceField } from '../../graphql/scope';

type Ctx = Context;

export const projectResolvers = {
  Query: {
    projects: (_: unknown, __: unknown, ctx: Ctx) =>
      ctx.db.project.findMany({ where: { municipalityId: municipalityOf(ctx) }, orderBy: { name: 'asc' } }),
  },
  Project: {
    ...sourceField,
    theme: (p: Project, _: unknown, ctx: Ctx) => (p.themeId ? ctx.loaders.theme.load(p.themeId) : null),
    ownerUnit: (p: Project, _: unknown, ctx: Ctx) => (p.ownerUnitId ? ctx.loaders.orgUnit.load(p.ownerUnitId) : null),
    ownership: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectOwnership.load(p.id),
  },
  ProjectOwnership: {
    ...sourceField,
    orgUnit: (o: ProjectOwnership, _: unknown, ctx: Ctx) => referenced(ctx.loaders.orgUnit.load(o.orgUnitId)),
  },
} satisfies Resolvers;
