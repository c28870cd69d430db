// The cluster secretariat's writes (issue 10, ADR 031): meetings with participants, agenda items,
// decisions, grants that point at decisions (create, change amount, split with lineage) and follow-up
// points. Every write validates with the shared schema (Danish messages per field), checks that the record
// belongs to the secretariat's own cluster, runs in one transaction, compares the version (ADR 016) and
// keeps field-level history (ClusterChange).
import {
  agendaItemInputSchema,
  clusterMessages as cm,
  dateToIso,
  decisionInputSchema,
  fieldLabels as fl,
  followUpInputSchema,
  formatDate,
  formatKr,
  grantAmountInputSchema,
  grantInputSchema,
  grantSplitInputSchema,
  handOverInputSchema,
  isoToDate,
  meetingInputSchema,
  now,
  today,
  type AgendaItemInput,
  type FollowUpInput,
  type MeetingInput,
} from '@sundhed/shared';
import type { AgendaItem, ClusterMeeting, FollowUp, Grant } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, unauthenticated, validationError } from '../../graphql/errors';
import { conflictError } from '../../graphql/versioning';
import { validate } from '../../graphql/validate';
import { createSource, type Tx } from '../history/changeLog';
import { createdSnapshot, editCluster, writeClusterHistory } from './clusterHistory';
import { checkMeetingDay, historyOwner, meetingOwner, ownMeetings, type MeetingOwner } from './meetingOwner';
import { checkTreatedProposal } from './treatedProposal';

const day = (iso: string | null | undefined) => (iso ? isoToDate(iso) : null);
const isoDay = (d: Date | null | undefined) => (d ? dateToIso(d) : null);
const keepSource = (typed: string | null | undefined, stored: string | null | undefined) =>
  typed === undefined ? (stored ?? null) : typed;

/** The cluster (or sundhedsråd) whose secretariat the account is; other roles may not write. */
export function secretariatCluster(ctx: Context): string {
  if (!ctx.user) throw unauthenticated();
  if (ctx.user.role !== 'klyngesekretariat' || !ctx.user.clusterId) throw forbidden();
  return ctx.user.clusterId;
}

// ---------------------------------------------------------------------------------------------
// Meetings

type MeetingWithParticipants = ClusterMeeting & {
  participants: { organisation: string; function: string | null; attendance: string }[];
};

const participantText = (p: { organisation: string; function?: string | null; attendance?: string | null }) =>
  `${p.organisation}${p.function ? ` (${p.function})` : ''}: ${cm.attendance[p.attendance ?? 'INVITED']}`;

const meetingValues = (m: MeetingWithParticipants) => ({
  title: m.title,
  date: isoDay(m.date),
  startTime: m.startTime,
  endTime: m.endTime,
  place: m.place,
  kind: m.kind,
  sourceId: m.sourceId,
  participants: m.participants.map(participantText),
});

export async function meetingData(tx: Tx, input: MeetingInput, stored: MeetingWithParticipants | null) {
  return {
    title: input.title,
    date: input.date,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    place: input.place ?? null,
    kind: input.kind ?? stored?.kind ?? 'ORDINARY',
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
    participants: (input.participants ?? stored?.participants ?? []).map(participantText),
  };
}

export const meetingRow = (v: Awaited<ReturnType<typeof meetingData>>) => {
  const { participants: _participants, ...rest } = v;
  return { ...rest, date: day(v.date)! };
};

export const participantRows = (meetingId: string, input: MeetingInput) =>
  (input.participants ?? []).map((p) => ({
    meetingId,
    organisation: p.organisation,
    function: p.function ?? null,
    attendance: p.attendance ?? 'INVITED',
  }));

export function createMeeting(ctx: Context, clusterId: string, input: unknown) {
  const data = validate(meetingInputSchema, input);
  const own = secretariatCluster(ctx);
  if (clusterId !== own) throw validationError([{ path: 'clusterId', message: `Klynge ${cm.unknownCluster}` }]);
  return createOwnedMeeting(ctx, data, { clusterId: own, bodyId: null });
}

/** Creates a draft meeting of a cluster or a body (owner checked by the caller) with its participants and history. */
export function createOwnedMeeting(
  ctx: Context,
  data: MeetingInput,
  owner: { clusterId: string; bodyId: null } | { clusterId: null; bodyId: string },
) {
  return ctx.db.$transaction(async (tx) => {
    await checkMeetingDay(tx, owner, data.date);
    const values = await meetingData(tx, data, null);
    const row = await tx.clusterMeeting.create({ data: { ...meetingRow(values), ...owner } });
    await tx.meetingParticipant.createMany({ data: participantRows(row.id, data) });
    await writeClusterHistory(
      tx,
      ctx,
      { ...historyOwner(row), recordType: 'MEETING', recordId: row.id },
      'CREATE',
      createdSnapshot(values),
      1,
    );
    return row;
  });
}

const findMeeting = (tx: Tx, owner: MeetingOwner, id: string) =>
  tx.clusterMeeting.findFirst({ where: { id, ...ownMeetings(owner) }, include: { participants: true } });

export function updateMeeting(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(meetingInputSchema, input);
  const own = meetingOwner(ctx);
  return editCluster<MeetingWithParticipants>(ctx, {
    table: 'ClusterMeeting',
    id,
    version,
    kind: 'meeting',
    find: (tx) => findMeeting(tx, own, id),
    values: meetingValues,
    next: (tx, row) => meetingData(tx, data, row),
    check: (tx, row) => checkMeetingDay(tx, row, data.date),
    write: async (tx, _row, after) => {
      if (data.participants) {
        await tx.meetingParticipant.deleteMany({ where: { meetingId: id } });
        await tx.meetingParticipant.createMany({ data: participantRows(id, data) });
      }
      return tx.clusterMeeting.update({
        where: { id },
        data: { ...meetingRow(after as Awaited<ReturnType<typeof meetingData>>), version: { increment: 1 } },
        include: { participants: true },
      });
    },
    target: (row) => ({ ...historyOwner(row), recordType: 'MEETING', recordId: id }),
  });
}

/** Publishes the agenda (AGENDA) or the minutes (MINUTES) of a meeting: from then on members (and, for minutes of a political body, anyone) read it. */
export function publishMeeting(ctx: Context, id: string, version: number, what: 'AGENDA' | 'MINUTES') {
  const own = meetingOwner(ctx);
  const field = what === 'AGENDA' ? 'agendaPublishedAt' : 'minutesPublishedAt';
  // The shared clock (fixed in tests and end-to-end runs), read once: the row and its history agree.
  const at = now();
  return editCluster<MeetingWithParticipants>(ctx, {
    table: 'ClusterMeeting',
    id,
    version,
    kind: 'meeting',
    action: 'UPDATE',
    find: (tx) => findMeeting(tx, own, id),
    values: (m) => ({ [field]: m[field] ? m[field].toISOString() : null }),
    next: () => ({ [field]: at.toISOString() }),
    check: (_tx, row) => {
      const label = what === 'AGENDA' ? 'Dagsordenen' : 'Referatet';
      if (row[field]) throw validationError([{ path: 'what', message: `${label} ${cm.alreadyPublished}` }]);
      if (what === 'MINUTES' && !row.agendaPublishedAt)
        throw validationError([{ path: 'what', message: `Referatet ${cm.agendaNotPublished}` }]);
      // Minutes record what a meeting decided: not before the meeting has been held.
      if (what === 'MINUTES' && dateToIso(row.date) > today())
        throw validationError([{ path: 'what', message: cm.minutesBeforeMeeting(formatDate(dateToIso(row.date))) }]);
    },
    write: (tx) =>
      tx.clusterMeeting.update({
        where: { id },
        data: { [field]: at, version: { increment: 1 } },
        include: { participants: true },
      }),
    target: (row) => ({ ...historyOwner(row), recordType: 'MEETING', recordId: id }),
  });
}

// ---------------------------------------------------------------------------------------------
// Agenda items and decisions

const itemValues = (a: AgendaItem) => ({
  number: a.number,
  title: a.title,
  background: a.background,
  recommendation: a.recommendation,
  expectedMinutes: a.expectedMinutes,
  journalNumber: a.journalNumber,
  attachments: a.attachments,
  proposalId: a.proposalId,
  sourceId: a.sourceId,
});

async function itemData(tx: Tx, input: AgendaItemInput, stored: AgendaItem | null) {
  return {
    number: input.number,
    title: input.title,
    background: input.background ?? null,
    recommendation: input.recommendation ?? null,
    expectedMinutes: input.expectedMinutes ?? null,
    journalNumber: input.journalNumber ?? null,
    attachments: input.attachments ?? stored?.attachments ?? [],
    proposalId: input.proposalId === undefined ? (stored?.proposalId ?? null) : input.proposalId,
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
  };
}

async function refuseDuplicateNumber(tx: Tx, meetingId: string, number: number, exceptId: string | null) {
  const other = await tx.agendaItem.findFirst({
    where: { meetingId, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw validationError([{ path: 'input.number', message: `${fl.number} ${cm.duplicateNumber(number)}` }]);
}

export function createAgendaItem(ctx: Context, meetingId: string, input: unknown) {
  const data = validate(agendaItemInputSchema, input);
  const own = meetingOwner(ctx);
  return ctx.db.$transaction(async (tx) => {
    const meeting = await tx.clusterMeeting.findFirst({ where: { id: meetingId, ...ownMeetings(own) } });
    if (!meeting) throw notFound();
    await refuseDuplicateNumber(tx, meetingId, data.number, null);
    await checkTreatedProposal(tx, meeting, data.proposalId);
    const values = await itemData(tx, data, null);
    const row = await tx.agendaItem.create({ data: { ...values, meetingId } });
    await writeClusterHistory(
      tx,
      ctx,
      { ...historyOwner(meeting), recordType: 'AGENDA_ITEM', recordId: row.id },
      'CREATE',
      createdSnapshot(values),
      1,
    );
    return row;
  });
}

const findItem = (tx: Tx, clusterId: string, id: string) =>
  tx.agendaItem.findFirst({ where: { id, meeting: { clusterId } } });

const findOwnItem = (tx: Tx, owner: MeetingOwner, id: string) =>
  tx.agendaItem.findFirst({ where: { id, meeting: ownMeetings(owner) }, include: { meeting: true } });

export function updateAgendaItem(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(agendaItemInputSchema, input);
  const own = meetingOwner(ctx);
  return editCluster<AgendaItem & { meeting: ClusterMeeting }>(ctx, {
    table: 'AgendaItem',
    id,
    version,
    kind: 'agendaItem',
    find: (tx) => findOwnItem(tx, own, id),
    values: itemValues,
    next: (tx, row) => itemData(tx, data, row),
    check: async (tx, row) => {
      await refuseDuplicateNumber(tx, row.meetingId, data.number, id);
      await checkTreatedProposal(tx, row.meeting, data.proposalId);
    },
    write: (tx, _row, after) =>
      tx.agendaItem.update({
        where: { id },
        data: { ...(after as object), version: { increment: 1 } },
        include: { meeting: true },
      }),
    target: (row) => ({ ...historyOwner(row.meeting), recordType: 'AGENDA_ITEM', recordId: id }),
  });
}

const decisionValues = (a: AgendaItem) => ({
  outcome: a.outcome,
  decision: a.decision,
  decidedOn: isoDay(a.decidedOn),
  sourceId: a.sourceId,
});

/** The decision on an item: only on a published agenda of the secretariat's own cluster. */
export function recordDecision(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(decisionInputSchema, input);
  const own = meetingOwner(ctx);
  return editCluster<AgendaItem & { meeting: ClusterMeeting }>(ctx, {
    table: 'AgendaItem',
    id,
    version,
    kind: 'agendaItem',
    find: (tx) => findOwnItem(tx, own, id),
    values: decisionValues,
    check: (_tx, row) => {
      if (!row.meeting.agendaPublishedAt)
        throw validationError([{ path: 'input.outcome', message: `${fl.outcome} ${cm.agendaNotPublished}` }]);
    },
    next: async (tx, row) => ({
      outcome: data.outcome,
      decision: data.decision ?? null,
      decidedOn: data.decidedOn ?? isoDay(row.meeting.date),
      sourceId: keepSource(await createSource(tx, data.source), row.sourceId),
    }),
    write: async (tx, _row, after) => {
      const updated = await tx.agendaItem.update({
        where: { id },
        data: {
          outcome: data.outcome,
          decision: after.decision as string | null,
          decidedOn: day(after.decidedOn as string | null),
          sourceId: after.sourceId as string | null,
          version: { increment: 1 },
        },
        include: { meeting: true },
      });
      return updated;
    },
    target: (row) => ({ ...historyOwner(row.meeting), recordType: 'AGENDA_ITEM', recordId: id }),
  });
}

// ---------------------------------------------------------------------------------------------
// Grants

/**
 * The decision an amount points at: an item of a published meeting of the same cluster whose decision
 * approved something. Anything else is a Danish message on the field, nothing saved.
 */
async function approvingDecision(tx: Tx, clusterId: string, agendaItemId: string, path = 'input.agendaItemId') {
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, meeting: { clusterId, agendaPublishedAt: { not: null } } },
    include: { meeting: true },
  });
  if (!item) throw validationError([{ path, message: `${fl.agendaItemId} ${cm.notYourDecision}` }]);
  if (item.outcome !== 'APPROVED' && item.outcome !== 'APPROVED_WITH_CHANGES')
    throw validationError([{ path, message: `${fl.agendaItemId} ${cm.decisionNotRecorded}` }]);
  return item;
}

async function checkHost(tx: Tx, clusterId: string, municipalityId: string | null | undefined, path: string) {
  if (!municipalityId) return;
  const member = await tx.clusterMember.findFirst({ where: { clusterId, municipalityId }, select: { id: true } });
  if (!member) throw validationError([{ path, message: `${fl.hostMunicipalityId} ${cm.unknownMunicipality}` }]);
}

export function createGrant(ctx: Context, input: unknown) {
  const data = validate(grantInputSchema, input);
  const own = secretariatCluster(ctx);
  return ctx.db.$transaction(async (tx) => {
    const item = await approvingDecision(tx, own, data.agendaItemId);
    await checkHost(tx, own, data.hostMunicipalityId, 'input.hostMunicipalityId');
    const sourceId = (await createSource(tx, data.source)) ?? item.sourceId ?? null;
    const values = {
      area: data.area,
      title: data.title,
      purpose: data.purpose ?? null,
      targetGroup: data.targetGroup ?? null,
      year: data.year,
      yearTo: data.yearTo ?? null,
      advancedFromYear: data.advancedFromYear ?? null,
      amountKr: data.amountKr,
      hostMunicipalityId: data.hostMunicipalityId ?? null,
      posts: data.posts ?? null,
      sourceId,
    };
    const row = await tx.grant.create({ data: { ...values, clusterId: own } });
    await tx.grantAmountChange.create({
      data: {
        grantId: row.id,
        agendaItemId: item.id,
        previousAmountKr: null,
        newAmountKr: data.amountKr,
        effectiveDate: item.decidedOn ?? item.meeting.date,
        note: data.note ?? null,
        sourceId,
      },
    });
    await writeClusterHistory(
      tx,
      ctx,
      { clusterId: own, recordType: 'GRANT', recordId: row.id },
      'CREATE',
      createdSnapshot({ ...values, agendaItemId: item.id }),
      1,
    );
    return row;
  });
}

/** Changes a grant's amount; the change names the decision that made it (refused without one). */
export function changeGrantAmount(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(grantAmountInputSchema, input);
  const own = secretariatCluster(ctx);
  let decisionDay: Date | null = null;
  return editCluster<Grant>(ctx, {
    table: 'Grant',
    id,
    version,
    kind: 'grant',
    find: (tx) => tx.grant.findFirst({ where: { id, clusterId: own } }),
    values: (g) => ({ amountKr: g.amountKr }),
    next: () => ({ amountKr: data.amountKr }),
    check: async (tx, row) => {
      const item = await approvingDecision(tx, own, data.agendaItemId);
      decisionDay = item.decidedOn ?? item.meeting.date;
      if (row.amountKr === data.amountKr)
        throw validationError([{ path: 'input.amountKr', message: `${fl.amountKr} ${cm.sameAmount}` }]);
    },
    write: async (tx, row) => {
      const sourceId = (await createSource(tx, data.source)) ?? null;
      await tx.grantAmountChange.create({
        data: {
          grantId: id,
          agendaItemId: data.agendaItemId,
          previousAmountKr: row.amountKr,
          newAmountKr: data.amountKr,
          effectiveDate: day(data.effectiveDate) ?? decisionDay!,
          note: data.note ?? null,
          sourceId,
        },
      });
      return tx.grant.update({ where: { id }, data: { amountKr: data.amountKr, version: { increment: 1 } } });
    },
    target: () => ({ clusterId: own, recordType: 'GRANT', recordId: id }),
  });
}

/**
 * Splits a grant into parts (as the obesity grant was split between Hvidovre and Vallensbæk): the original
 * goes to 0 kr. by the decision, each part starts with its amount by the same decision and points back.
 */
export async function splitGrant(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(grantSplitInputSchema, input);
  const own = secretariatCluster(ctx);
  const parts: Grant[] = [];
  await editCluster<Grant>(ctx, {
    table: 'Grant',
    id,
    version,
    kind: 'grant',
    action: 'UPDATE',
    find: (tx) => tx.grant.findFirst({ where: { id, clusterId: own } }),
    values: (g) => ({ amountKr: g.amountKr }),
    next: () => ({ amountKr: 0 }),
    check: async (tx, row) => {
      await approvingDecision(tx, own, data.agendaItemId);
      for (const [i, p] of data.parts.entries())
        await checkHost(tx, own, p.hostMunicipalityId, `input.parts.${i}.hostMunicipalityId`);
      const sum = data.parts.reduce((s, p) => s + p.amountKr, 0);
      if (row.amountKr != null && sum !== row.amountKr)
        throw validationError([{ path: 'input.parts', message: `${fl.parts} ${cm.splitSum(formatKr(row.amountKr))}` }]);
    },
    write: async (tx, row) => {
      const item = await approvingDecision(tx, own, data.agendaItemId);
      const effectiveDate = item.decidedOn ?? item.meeting.date;
      for (const p of data.parts) {
        const part = await tx.grant.create({
          data: {
            clusterId: own,
            area: row.area,
            title: p.title,
            purpose: row.purpose,
            targetGroup: row.targetGroup,
            year: row.year,
            yearTo: row.yearTo,
            advancedFromYear: row.advancedFromYear,
            amountKr: p.amountKr,
            hostMunicipalityId: p.hostMunicipalityId ?? null,
            posts: p.posts ?? null,
            splitFromId: row.id,
            sourceId: row.sourceId,
          },
        });
        await tx.grantAmountChange.create({
          data: {
            grantId: part.id,
            agendaItemId: item.id,
            previousAmountKr: null,
            newAmountKr: p.amountKr,
            effectiveDate,
            note: data.note ?? cm.splitNote(row.title),
          },
        });
        await writeClusterHistory(
          tx,
          ctx,
          { clusterId: own, recordType: 'GRANT', recordId: part.id },
          'CREATE',
          createdSnapshot({ title: p.title, amountKr: p.amountKr, splitFromId: row.id, agendaItemId: item.id }),
          1,
        );
        parts.push(part);
      }
      await tx.grantAmountChange.create({
        data: {
          grantId: id,
          agendaItemId: item.id,
          previousAmountKr: row.amountKr,
          newAmountKr: 0,
          effectiveDate,
          note: data.note ?? cm.splitClosedNote,
        },
      });
      return tx.grant.update({ where: { id }, data: { amountKr: 0, version: { increment: 1 } } });
    },
    target: () => ({ clusterId: own, recordType: 'GRANT', recordId: id }),
  });
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Follow-up points

const followUpValues = (f: FollowUp) => ({
  grantId: f.grantId,
  agendaItemId: f.agendaItemId,
  text: f.text,
  responsible: f.responsible,
  dueDate: isoDay(f.dueDate),
  status: f.status,
  doneOn: isoDay(f.doneOn),
  reportedBy: f.reportedBy,
  note: f.note,
  sourceId: f.sourceId,
});

async function followUpData(tx: Tx, input: FollowUpInput, stored: FollowUp | null) {
  return {
    grantId: input.grantId ?? null,
    agendaItemId: input.agendaItemId ?? null,
    text: input.text,
    responsible: input.responsible,
    dueDate: input.dueDate,
    status: input.status ?? stored?.status ?? 'OPEN',
    doneOn: input.doneOn ?? null,
    reportedBy: input.reportedBy ?? null,
    note: input.note ?? null,
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
  };
}

const followUpRow = (v: Awaited<ReturnType<typeof followUpData>>) => ({
  ...v,
  dueDate: day(v.dueDate)!,
  doneOn: day(v.doneOn),
});

async function checkFollowUpParents(tx: Tx, clusterId: string, input: FollowUpInput) {
  if (input.grantId) {
    const g = await tx.grant.findFirst({ where: { id: input.grantId, clusterId }, select: { id: true } });
    if (!g) throw validationError([{ path: 'input.grantId', message: `${fl.grantId} ${cm.unknownGrant}` }]);
  }
  if (input.agendaItemId) {
    const a = await findItem(tx, clusterId, input.agendaItemId);
    if (!a)
      throw validationError([{ path: 'input.agendaItemId', message: `${fl.agendaItemId} ${cm.notYourDecision}` }]);
  }
}

export function createFollowUp(ctx: Context, input: unknown) {
  const data = validate(followUpInputSchema, input);
  const own = secretariatCluster(ctx);
  return ctx.db.$transaction(async (tx) => {
    await checkFollowUpParents(tx, own, data);
    const values = await followUpData(tx, data, null);
    const row = await tx.followUp.create({ data: { ...followUpRow(values), clusterId: own } });
    await writeClusterHistory(
      tx,
      ctx,
      { clusterId: own, recordType: 'FOLLOW_UP', recordId: row.id },
      'CREATE',
      createdSnapshot(values),
      1,
    );
    return row;
  });
}

export function updateFollowUp(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(followUpInputSchema, input);
  const own = secretariatCluster(ctx);
  return editCluster<FollowUp>(ctx, {
    table: 'FollowUp',
    id,
    version,
    kind: 'followUp',
    find: (tx) => tx.followUp.findFirst({ where: { id, clusterId: own } }),
    values: followUpValues,
    next: (tx, row) => followUpData(tx, data, row),
    check: (tx) => checkFollowUpParents(tx, own, data),
    write: (tx, _row, after) =>
      tx.followUp.update({
        where: { id },
        data: { ...followUpRow(after as Awaited<ReturnType<typeof followUpData>>), version: { increment: 1 } },
      }),
    target: () => ({ clusterId: own, recordType: 'FOLLOW_UP', recordId: id }),
  });
}

/** Open and due before today (shared clock): overdue is computed, never stored. */
export const isOverdue = (f: Pick<FollowUp, 'status' | 'dueDate'>, on = today()) =>
  f.status === 'OPEN' && dateToIso(f.dueDate) < on;

/**
 * When a body ends, its open follow-up points pass to its successor (or a named owner) and say so: the
 * responsible changes and the note records the hand-over. The points stay attached to the grants and
 * decisions of the body that made them. Ids and versions as listed; any stale one refuses the whole batch.
 */
export function handOverFollowUps(ctx: Context, ids: string[], versions: number[], input: unknown) {
  const data = validate(handOverInputSchema, input);
  const own = secretariatCluster(ctx);
  if (ids.length !== versions.length || ids.length === 0)
    throw validationError([{ path: 'versions', message: `Versioner ${cm.idsAndVersions}` }]);
  return ctx.db.$transaction(async (tx) => {
    const cluster = await tx.cluster.findUniqueOrThrow({ where: { id: own }, include: { successor: true } });
    const owner = data.owner ?? cluster.successor?.name;
    if (!owner) throw validationError([{ path: 'input.owner', message: `${fl.responsible} ${cm.noSuccessor}` }]);
    const on = data.date ?? today();
    const sorted = [...ids].sort();
    const rows = await tx.$queryRawUnsafe<{ id: string; version: number }[]>(
      `SELECT "id", "version" FROM "FollowUp" WHERE "id" = ANY($1::text[]) AND "clusterId" = $2 ORDER BY "id" FOR UPDATE`,
      sorted,
      own,
    );
    if (rows.length !== ids.length) throw notFound();
    const stored = new Map(rows.map((r) => [r.id, r.version]));
    const stale = ids.flatMap((id, i) =>
      stored.get(id) === versions[i] ? [] : [{ id, currentVersion: stored.get(id) }],
    );
    if (stale.length) {
      const err = conflictError('followUp', stale[0]!.currentVersion!, {});
      Object.assign(err.details, { stale });
      throw err;
    }
    const updated: FollowUp[] = [];
    for (const id of ids) {
      const row = await tx.followUp.findUniqueOrThrow({ where: { id } });
      if (row.status !== 'OPEN') throw validationError([{ path: 'ids', message: `${row.text}: ${cm.notOpen}` }]);
      const note = [row.note, cm.handedOver(owner, cluster.name, formatDate(on))].filter(Boolean).join(' ');
      const after = await tx.followUp.update({
        where: { id },
        data: { responsible: owner, note, version: { increment: 1 } },
      });
      await writeClusterHistory(
        tx,
        ctx,
        { clusterId: own, recordType: 'FOLLOW_UP', recordId: id },
        'MOVE',
        [
          { field: 'responsible', oldValue: row.responsible, newValue: owner },
          { field: 'note', oldValue: row.note, newValue: note },
        ],
        after.version,
      );
      updated.push(after);
    }
    return updated;
  });
}
