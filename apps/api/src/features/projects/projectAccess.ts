// Who may read and write which project. The staff unit and the director: every project of their
// municipality. A project lead (projektleder): only the projects its unit owns, and of those it writes
// status reports and indicator values only (the directives restrict the mutations; this restricts the rows).
import { projectMessages } from '@sundhed/shared';
import type { Prisma } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import type { Tx } from '../history/changeLog';

/** The projects the caller may read, as a where clause. */
export function visibleProjects(ctx: Context): Prisma.ProjectWhereInput {
  const municipalityId = municipalityOf(ctx);
  if (ctx.user?.role === 'projektleder') return { municipalityId, ownerUnitId: ctx.user.orgUnitId ?? '-' };
  return { municipalityId };
}

/** The unit a project lead is limited to; undefined for the roles that see the whole municipality. */
export function leadUnit(ctx: Context): string | null | undefined {
  return ctx.user?.role === 'projektleder' ? (ctx.user.orgUnitId ?? null) : undefined;
}

/**
 * A project the caller may write follow-up for: NOT_FOUND when it is not in the caller's municipality,
 * FORBIDDEN (in Danish) when a project lead's unit does not own it.
 */
export async function writableProject(ctx: Context, tx: Tx, projectId: string) {
  const project = await tx.project.findFirst({ where: { id: projectId, municipalityId: municipalityOf(ctx) } });
  if (!project) throw notFound();
  const unit = leadUnit(ctx);
  if (unit !== undefined && project.ownerUnitId !== unit)
    throw new AppError('FORBIDDEN', projectMessages.notYourProject);
  return project;
}
