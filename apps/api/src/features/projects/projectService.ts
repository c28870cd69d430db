// Projects: create, edit, close and move to another unit (issue 9). Every write validates with the shared
// schema, runs in one transaction, checks the municipality, compares the version (ADR 016) and keeps
// field-level history (ADR 027). A move ends the current ownership period and starts the new one with its
// reason and source.
import {
  closeProjectInputSchema,
  fieldLabels,
  isoToDate,
  moveProjectInputSchema,
  projectInputSchema,
  projectMessages as pm,
  today,
  validationMessages,
  type ProjectInput,
} from '@sundhed/shared';
import type { Project } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { createdRow, createSource, writeHistory, type Tx } from '../history/changeLog';
import { editVersioned } from '../history/versionedEdit';
import { visibleProjects } from './projectAccess';

const day = (iso: string | null | undefined) => (iso ? isoToDate(iso) : null);
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function listProjects(ctx: Context) {
  return ctx.db.project.findMany({ where: visibleProjects(ctx), orderBy: { name: 'asc' } });
}

export function findProject(ctx: Context, id: string, db: Tx = ctx.db) {
  return db.project.findFirst({ where: { ...visibleProjects(ctx), id } });
}

/** The editable values of a project, as CONFLICT reports them and history diffs them. */
export const projectValues = (p: Project) => ({
  name: p.name,
  ownerUnitId: p.ownerUnitId,
  description: p.description,
  purpose: p.purpose,
  purposeSourceId: p.purposeSourceId,
  targetGroup: p.targetGroup,
  targetGroupSourceId: p.targetGroupSourceId,
  themeId: p.themeId,
  status: p.status,
  startDate: isoDay(p.startDate),
  endDate: isoDay(p.endDate),
  closedOn: isoDay(p.closedOn),
  closedReason: p.closedReason,
  evaluationMethod: p.evaluationMethod,
  evaluationResult: p.evaluationResult,
  evaluationDate: isoDay(p.evaluationDate),
  evaluationUrl: p.evaluationUrl,
  evaluationSourceId: p.evaluationSourceId,
  sourceId: p.sourceId,
});
type ProjectValues = ReturnType<typeof projectValues>;

/** Unit and theme must be the municipality's; a name must be unique in it. Danish field messages. */
async function checkLinks(tx: Tx, municipalityId: string, input: ProjectInput, exceptId: string | null) {
  const issues: { path: string; message: string }[] = [];
  const [unit, theme, clash] = await Promise.all([
    tx.orgUnit.findFirst({ where: { id: input.ownerUnitId, municipalityId }, select: { id: true } }),
    input.themeId ? tx.theme.findFirst({ where: { id: input.themeId, municipalityId }, select: { id: true } }) : null,
    tx.project.findFirst({
      where: { municipalityId, name: input.name, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    }),
  ]);
  if (!unit) issues.push({ path: 'input.ownerUnitId', message: `Ejer ${pm.unknownUnit}` });
  if (input.themeId && !theme) issues.push({ path: 'input.themeId', message: `Tema ${pm.unknownTheme}` });
  if (clash) issues.push({ path: 'input.name', message: `Navn ${pm.duplicateProject}` });
  if (issues.length) throw validationError(issues);
}

async function projectData(tx: Tx, input: ProjectInput, stored: Project | null) {
  const keep = <K extends keyof Project>(id: string | null | undefined, key: K) =>
    id === undefined ? ((stored?.[key] as string | null | undefined) ?? null) : id;
  const [sourceId, purposeSourceId, targetGroupSourceId, evaluationSourceId] = [
    await createSource(tx, input.source),
    await createSource(tx, input.purposeSource),
    await createSource(tx, input.targetGroupSource),
    await createSource(tx, input.evaluationSource),
  ];
  return {
    name: input.name,
    ownerUnitId: input.ownerUnitId,
    description: input.description ?? null,
    purpose: input.purpose ?? null,
    purposeSourceId: keep(purposeSourceId, 'purposeSourceId'),
    targetGroup: input.targetGroup ?? null,
    targetGroupSourceId: keep(targetGroupSourceId, 'targetGroupSourceId'),
    themeId: input.themeId ?? null,
    status: input.status ?? stored?.status ?? 'IN_PROGRESS',
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    closedOn: isoDay(stored?.closedOn ?? null),
    closedReason: stored?.closedReason ?? null,
    evaluationMethod: input.evaluationMethod ?? null,
    evaluationResult: input.evaluationResult ?? null,
    evaluationDate: input.evaluationDate ?? null,
    evaluationUrl: input.evaluationUrl ?? null,
    evaluationSourceId: keep(evaluationSourceId, 'evaluationSourceId'),
    sourceId: keep(sourceId, 'sourceId'),
  } satisfies ProjectValues;
}

const projectRow = (v: ProjectValues) => ({
  ...v,
  startDate: day(v.startDate),
  endDate: day(v.endDate),
  closedOn: day(v.closedOn),
  evaluationDate: day(v.evaluationDate),
});

export function createProject(ctx: Context, input: unknown) {
  const data = validate(projectInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await checkLinks(tx, municipalityId, data, null);
    const values = await projectData(tx, data, null);
    const row = await tx.project.create({ data: { ...projectRow(values), municipalityId } });
    await tx.projectOwnership.create({
      data: { projectId: row.id, orgUnitId: data.ownerUnitId, fromDate: day(data.startDate ?? today()) },
    });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'PROJECT', recordId: row.id, projectId: row.id },
      'CREATE',
      createdRow(values),
      1,
    );
    return row;
  });
}

export function updateProject(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(projectInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<Project>(ctx, {
    table: 'Project',
    id,
    version,
    kind: 'project',
    find: (tx) => findProject(ctx, id, tx),
    values: projectValues,
    next: async (tx, row) => {
      await checkLinks(tx, municipalityId, data, id);
      const values = await projectData(tx, data, row);
      // The owner changes through moveProject, which keeps the ownership history.
      return { ...values, ownerUnitId: row.ownerUnitId };
    },
    write: (tx, _row, after) =>
      tx.project.update({
        where: { id },
        data: { ...projectRow(after as ProjectValues), version: { increment: 1 } },
      }),
    target: () => ({ municipalityId, recordType: 'PROJECT', recordId: id, projectId: id }),
  });
}

export function closeProject(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(closeProjectInputSchema, input);
  if (data.closedOn && data.closedOn > today())
    throw validationError([
      { path: 'input.closedOn', message: `${fieldLabels.closedOn} ${validationMessages.notAfterToday}` },
    ]);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<Project>(ctx, {
    table: 'Project',
    id,
    version,
    kind: 'project',
    action: 'CLOSE',
    find: (tx) => findProject(ctx, id, tx),
    values: (p) => ({ status: p.status, closedOn: isoDay(p.closedOn), closedReason: p.closedReason }),
    next: () => ({ status: data.status, closedOn: data.closedOn ?? today(), closedReason: data.reason }),
    check: (row) => {
      if (row.closedOn) throw validationError([{ path: 'id', message: pm.alreadyClosed }]);
    },
    write: async (tx, row, after) => {
      const closedOn = day(after.closedOn as string);
      // The owner's period ends with the project.
      await tx.projectOwnership.updateMany({ where: { projectId: id, toDate: null }, data: { toDate: closedOn } });
      return tx.project.update({
        where: { id },
        data: {
          status: data.status,
          closedOn,
          closedReason: data.reason,
          endDate: row.endDate ?? closedOn,
          version: { increment: 1 },
        },
      });
    },
    target: () => ({ municipalityId, recordType: 'PROJECT', recordId: id, projectId: id }),
  });
}

export function moveProject(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(moveProjectInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  let sourceId: string | null = null;
  return editVersioned<Project>(ctx, {
    table: 'Project',
    id,
    version,
    kind: 'project',
    action: 'MOVE',
    find: (tx) => findProject(ctx, id, tx),
    values: (p) => ({ ownerUnitId: p.ownerUnitId }),
    next: () => ({ ownerUnitId: data.toUnitId }),
    check: async (row) => {
      const unit = await ctx.db.orgUnit.findFirst({ where: { id: data.toUnitId, municipalityId } });
      if (!unit) throw validationError([{ path: 'input.toUnitId', message: `Ny ejer ${pm.unknownUnit}` }]);
      if (row.ownerUnitId === data.toUnitId)
        throw validationError([{ path: 'input.toUnitId', message: pm.sameOwner(unit.name) }]);
    },
    write: async (tx) => {
      sourceId = (await createSource(tx, data.source)) ?? null;
      const on = day(data.date ?? today());
      await tx.projectOwnership.updateMany({ where: { projectId: id, toDate: null }, data: { toDate: on } });
      await tx.projectOwnership.create({
        data: { projectId: id, orgUnitId: data.toUnitId, fromDate: on, note: data.reason, sourceId },
      });
      return tx.project.update({
        where: { id },
        data: { ownerUnitId: data.toUnitId, version: { increment: 1 } },
      });
    },
    target: () => ({ municipalityId, recordType: 'PROJECT', recordId: id, projectId: id }),
  });
}
