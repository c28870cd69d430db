// Proposals (issue 14): the staff unit writes them and moves them through the bodies; a decided one
// becomes a project in the portfolio with its business cases attached. Project leads and the director
// read and comment; an answer to a comment is a notice in its author's queue.
import { isoToDate, proposalMessages as pm, stageChangeIssues, dateToIso, type SourceInput } from '@sundhed/shared';
import type { Prisma, Proposal } from '../../__generated__/prisma/client';
import type { ProposalInput, StageChangeInput } from '../../__generated__/graphql';
import { stageMeeting } from './proposalTreatments';
import { containsFolded } from '../../db/containsFolded';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { conflictError, type ConflictKind } from '../../graphql/versioning';
import { createSource, type Tx } from '../history/changeLog';
import { sourceInputSchema } from '@sundhed/shared';

type Table = 'Proposal' | 'Price' | 'PriceIndex' | 'SavedBusinessCase';

/** Locks a row and checks the caller's version (ADR 016): NOT_FOUND when gone, CONFLICT when stale. */
export async function lockChecked<R extends { version: number }>(
  tx: Tx,
  table: Table,
  id: string,
  version: number,
  kind: ConflictKind,
  find: () => Promise<R | null>,
  values: (row: R) => Record<string, unknown>,
): Promise<R> {
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
  const row = await find();
  if (!row) throw notFound();
  if (row.version !== version) throw conflictError(kind, row.version, values(row));
  return row;
}

/** A typed source, checked with the shared schema (the Date scalar has already parsed its date). */
export function sourceOf(input: unknown, path: string): SourceInput | null | undefined {
  if (input === undefined || input === null) return input;
  return validate(sourceInputSchema, input, path);
}

function proposalIssues(input: ProposalInput) {
  const issues: { path: string; message: string }[] = [];
  if (!input.title?.trim()) issues.push({ path: 'input.title', message: pm.titleRequired });
  else if (input.title.length > 300) issues.push({ path: 'input.title', message: pm.tooLong('Titel', 300) });
  if (!input.need?.trim()) issues.push({ path: 'input.need', message: pm.needRequired });
  else if (input.need.length > 5000) issues.push({ path: 'input.need', message: pm.tooLong('Behov', 5000) });
  for (const [key, label] of [
    ['needEvidence', 'Dokumentation'],
    ['targetGroup', 'Målgruppe'],
    ['statusNote', 'Status'],
  ] as const) {
    const v = input[key];
    if (v && v.length > 5000) issues.push({ path: `input.${key}`, message: pm.tooLong(label, 5000) });
  }
  return issues;
}

const values = (p: Proposal) => ({
  title: p.title,
  need: p.need,
  needEvidence: p.needEvidence,
  targetGroup: p.targetGroup,
  responsibleUnitId: p.responsibleUnitId,
  statusNote: p.statusNote,
  stage: p.stage,
});

export function listProposals(ctx: Context) {
  return ctx.db.proposal.findMany({ where: { municipalityId: municipalityOf(ctx) }, orderBy: { updatedAt: 'desc' } });
}

export function findProposal(ctx: Context, id: string) {
  return ctx.db.proposal.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

/**
 * The picker's page size: 1–50 whatever the caller asks; a search under 2 characters (or over 200) finds
 * nothing. LIKE's wildcards typed stand for themselves.
 */
const pickerWhere = (search: string, first: number) => {
  const term = search.trim();
  const take = Math.min(Math.max(Math.trunc(first), 1), 50);
  if (term.length < 2 || term.length > 200) return null;
  const escaped = term.replace(/[\\%_]/g, '\\$&');
  return { name: { contains: escaped, mode: 'insensitive' as const }, term, take };
};

/** The municipality's offers by part of their name for the proposal form, folded as the keyword picker's. */
export async function offerOptions(ctx: Context, search: string, first: number) {
  const municipalityId = municipalityOf(ctx);
  const w = pickerWhere(search, first);
  if (!w) return [];
  return ctx.db.offer.findMany({
    where: { municipalityId, searchName: containsFolded(w.term) },
    orderBy: { name: 'asc' },
    take: w.take,
  });
}

/** The municipality's projects by part of their name for the proposal form. */
export async function projectOptions(ctx: Context, search: string, first: number) {
  const municipalityId = municipalityOf(ctx);
  const w = pickerWhere(search, first);
  if (!w) return [];
  return ctx.db.project.findMany({ where: { municipalityId, name: w.name }, orderBy: { name: 'asc' }, take: w.take });
}

async function checkLinks(tx: Tx, municipalityId: string, input: ProposalInput) {
  const issues: { path: string; message: string }[] = [];
  if (input.responsibleUnitId) {
    const unit = await tx.orgUnit.findFirst({ where: { id: input.responsibleUnitId, municipalityId } });
    if (!unit) issues.push({ path: 'input.responsibleUnitId', message: 'Ansvarligt center findes ikke' });
  }
  if (input.projectIds?.length) {
    const n = await tx.project.count({ where: { id: { in: input.projectIds }, municipalityId } });
    if (n !== new Set(input.projectIds).size)
      issues.push({ path: 'input.projectIds', message: 'Et af projekterne findes ikke' });
  }
  if (input.offerIds?.length) {
    const n = await tx.offer.count({ where: { id: { in: input.offerIds } } });
    if (n !== new Set(input.offerIds).size)
      issues.push({ path: 'input.offerIds', message: 'Et af tilbuddene findes ikke' });
  }
  if (issues.length) throw validationError(issues);
}

async function writeLinks(tx: Tx, proposalId: string, municipalityId: string, input: ProposalInput) {
  if (input.offerIds) {
    await tx.proposalOffer.deleteMany({ where: { proposalId } });
    await tx.proposalOffer.createMany({
      data: [...new Set(input.offerIds)].map((offerId) => ({ proposalId, offerId, municipalityId })),
    });
  }
  if (input.projectIds) {
    await tx.proposalProject.deleteMany({ where: { proposalId } });
    await tx.proposalProject.createMany({
      data: [...new Set(input.projectIds)].map((projectId) => ({ proposalId, projectId, municipalityId })),
    });
  }
}

const fields = (input: ProposalInput) => ({
  title: input.title.trim(),
  need: input.need.trim(),
  needEvidence: input.needEvidence?.trim() || null,
  targetGroup: input.targetGroup?.trim() || null,
  responsibleUnitId: input.responsibleUnitId ?? null,
  statusNote: input.statusNote?.trim() || null,
});

export async function createProposal(ctx: Context, input: ProposalInput) {
  const municipalityId = municipalityOf(ctx);
  const issues = proposalIssues(input);
  if (issues.length) throw validationError(issues);
  const source = sourceOf(input.needSource, 'input.needSource');
  return ctx.db.$transaction(async (tx) => {
    await checkLinks(tx, municipalityId, input);
    const needSourceId = (await createSource(tx, source)) ?? null;
    const row = await tx.proposal.create({ data: { municipalityId, ...fields(input), needSourceId } });
    await writeLinks(tx, row.id, municipalityId, input);
    return row;
  });
}

export async function updateProposal(ctx: Context, id: string, version: number, input: ProposalInput) {
  const municipalityId = municipalityOf(ctx);
  const issues = proposalIssues(input);
  if (issues.length) throw validationError(issues);
  const source = sourceOf(input.needSource, 'input.needSource');
  return ctx.db.$transaction(async (tx) => {
    await lockChecked(
      tx,
      'Proposal',
      id,
      version,
      'proposal',
      () => tx.proposal.findFirst({ where: { id, municipalityId } }),
      values,
    );
    await checkLinks(tx, municipalityId, input);
    const needSourceId = await createSource(tx, source);
    await writeLinks(tx, id, municipalityId, input);
    return tx.proposal.update({
      where: { id },
      data: { ...fields(input), ...(needSourceId === undefined ? {} : { needSourceId }), version: { increment: 1 } },
    });
  });
}

/** A decided proposal's project: the one linked project of the same name, or a new one in the portfolio. */
async function decidedProject(tx: Tx, p: Proposal, decisionDate: Date, sourceId: string | null) {
  const linked = await tx.project.findFirst({
    where: { municipalityId: p.municipalityId, name: p.title, proposalLinks: { some: { proposalId: p.id } } },
  });
  if (linked) {
    return tx.project.update({
      where: { id: linked.id },
      data: { status: 'PLANNED', purpose: linked.purpose ?? p.need, version: { increment: 1 } },
    });
  }
  const taken = await tx.project.findFirst({ where: { municipalityId: p.municipalityId, name: p.title } });
  const name = taken ? `${p.title} (${dateToIso(decisionDate).slice(0, 4)})` : p.title;
  const project = await tx.project.create({
    data: {
      municipalityId: p.municipalityId,
      name,
      description: p.needEvidence,
      purpose: p.need,
      targetGroup: p.targetGroup,
      status: 'PLANNED',
      ownerUnitId: p.responsibleUnitId,
      themeId: p.themeId,
      sourceId,
    },
  });
  if (p.responsibleUnitId) {
    await tx.projectOwnership.create({
      data: { projectId: project.id, orgUnitId: p.responsibleUnitId, fromDate: decisionDate, sourceId },
    });
  }
  return project;
}

export async function changeStage(ctx: Context, id: string, version: number, input: StageChangeInput) {
  const municipalityId = municipalityOf(ctx);
  const source = sourceOf(input.source, 'input.source');
  return ctx.db.$transaction(async (tx) => {
    const p = await lockChecked(
      tx,
      'Proposal',
      id,
      version,
      'proposal',
      () => tx.proposal.findFirst({ where: { id, municipalityId } }),
      values,
    );
    const date = input.date ? dateToIso(input.date) : null;
    const issues = stageChangeIssues(p.stage, { ...input, date });
    if (input.bodyId) {
      const body = await tx.body.findFirst({ where: { id: input.bodyId, municipalityId } });
      if (!body) issues.push({ path: 'input.bodyId', message: 'Organet findes ikke' });
    }
    const at = await stageMeeting(tx, municipalityId, id, input);
    issues.push(...at.issues);
    if (issues.length) throw validationError(issues);
    const sourceId = (await createSource(tx, source)) ?? null;
    const day = isoToDate(date!);
    await tx.proposalStageChange.create({
      data: {
        proposalId: id,
        municipalityId,
        fromStage: p.stage,
        toStage: input.toStage,
        date: day,
        bodyId: at.bodyId,
        meetingId: at.meetingId,
        agendaItemId: at.agendaItemId,
        decisionText: input.decisionText!.trim(),
        sourceId,
        userId: ctx.user?.id ?? null,
      },
    });
    const data: Prisma.ProposalUncheckedUpdateInput = { stage: input.toStage, version: { increment: 1 } };
    if (input.toStage === 'DECIDED') {
      const project = await decidedProject(tx, p, day, sourceId);
      data.projectId = project.id;
      await tx.savedBusinessCase.updateMany({ where: { proposalId: id }, data: { projectId: project.id } });
    }
    return tx.proposal.update({ where: { id }, data });
  });
}

export async function commentProposal(ctx: Context, id: string, text: string, replyToId: string | null | undefined) {
  const municipalityId = municipalityOf(ctx);
  if (!text.trim()) throw validationError([{ path: 'text', message: pm.commentRequired }]);
  if (text.length > 5000) throw validationError([{ path: 'text', message: pm.tooLong('Kommentar', 5000) }]);
  return ctx.db.$transaction(async (tx) => {
    const p = await tx.proposal.findFirst({ where: { id, municipalityId } });
    if (!p) throw notFound();
    if (replyToId) {
      const parent = await tx.proposalComment.findFirst({ where: { id: replyToId, proposalId: id } });
      if (!parent) throw validationError([{ path: 'replyToId', message: 'Kommentaren, der svares på, findes ikke' }]);
      if (parent.authorId !== ctx.user!.id && !parent.answeredAt) {
        await tx.proposalComment.update({ where: { id: parent.id }, data: { answeredAt: new Date() } });
      }
    }
    return tx.proposalComment.create({
      data: { proposalId: id, municipalityId, authorId: ctx.user!.id, replyToId: replyToId ?? null, text: text.trim() },
    });
  });
}

export async function proposalNotices(ctx: Context) {
  const rows = await ctx.db.proposalComment.findMany({
    where: { authorId: ctx.user!.id, answeredAt: { not: null }, noticeSeenAt: null },
    include: { proposal: { select: { title: true } } },
    orderBy: { answeredAt: 'desc' },
  });
  return rows.map((c) => ({
    commentId: c.id,
    proposalId: c.proposalId,
    text: pm.commentAnsweredNotice(c.proposal.title),
    answeredAt: c.answeredAt!,
  }));
}

export async function dismissNotice(ctx: Context, commentId: string) {
  const n = await ctx.db.proposalComment.updateMany({
    where: { id: commentId, authorId: ctx.user!.id },
    data: { noticeSeenAt: new Date() },
  });
  return n.count > 0;
}
