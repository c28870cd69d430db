import { clusterMessages as cm, fieldLabels, projectMessages as pm, today } from '@sundhed/shared';
import type {
  AgendaItem,
  Body,
  Cluster,
  ClusterChange,
  ClusterMeeting,
  FollowUp,
  Grant,
  MeetingParticipant,
} from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { referenced } from '../../graphql/loaders';
import { sourceField } from '../../graphql/scope';
import { clusterIdsOf, draftClusterIdsOf } from '../organisation/bodies';
import { clusterAttentionItems } from '../projects/attention';
import { formattedValue } from '../history/historyResolvers';
import { bodiesOn } from './bodiesInTime';
import { clusterGrantRows, type ChangeRow, type DecisionRow, type GrantRow } from './clusterGrantRows';
import { bodyMeetings, createBodyMeeting, visibleBodyMeeting } from './bodyMeetings';
import {
  changeGrantAmount,
  createAgendaItem,
  createFollowUp,
  createGrant,
  createMeeting,
  handOverFollowUps,
  isOverdue,
  publishMeeting,
  recordDecision,
  secretariatCluster,
  splitGrant,
  updateAgendaItem,
  updateFollowUp,
  updateMeeting,
} from './clusterService';

type Ctx = Context;
/** A cluster history row with the name of who made the change. */
export type ClusterChangeRow = ClusterChange & { user?: { name: string } | null };

export async function visibleClusters(ctx: Ctx) {
  const ids = await clusterIdsOf(ctx);
  return ctx.loaders.memo('visibleClusters', ['cluster'], JSON.stringify(ids), () =>
    ctx.db.cluster.findMany({ where: { id: { in: ids } }, orderBy: { name: 'asc' } }),
  );
}

/** Drafts (agenda not published) are the secretariat's only: its own body's, and a predecessor's handed over with drafts (ADR 038). */
const visibleMeeting = (drafts: string[], m: ClusterMeeting) =>
  m.agendaPublishedAt != null || (m.clusterId != null && drafts.includes(m.clusterId));

async function findVisibleMeeting(ctx: Ctx, id: string) {
  const ids = await clusterIdsOf(ctx);
  const meeting = await ctx.loaders.meeting.load(id);
  if (meeting?.bodyId) return visibleBodyMeeting(ctx, meeting);
  return meeting?.clusterId && ids.includes(meeting.clusterId) && visibleMeeting(await draftClusterIdsOf(ctx), meeting)
    ? meeting
    : null;
}

async function publicMinutes(ctx: Ctx, meetingId: string) {
  const m = await ctx.db.clusterMeeting.findFirst({
    where: {
      id: meetingId,
      minutesPublishedAt: { not: null },
      cluster: { kind: { in: ['POLITICAL', 'HEALTH_COUNCIL'] } },
    },
    include: { cluster: true, agendaItems: { orderBy: { number: 'asc' } } },
  });
  if (!m?.cluster) return null;
  return {
    id: m.id,
    bodyName: m.cluster.name,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    place: m.place,
    kindLabel: cm.meetingKind[m.kind]!,
    items: m.agendaItems.map((a) => ({
      number: a.number,
      title: a.title,
      recommendation: a.recommendation,
      outcomeLabel: a.outcome ? cm.outcome[a.outcome]! : null,
      decision: a.decision,
    })),
  };
}

/** A long text of an agenda item, from the row when it has it, else from the item's loader. */
async function itemText(a: DecisionRow, field: 'background' | 'recommendation' | 'decision', ctx: Ctx) {
  return a[field] !== undefined ? a[field] : ((await ctx.loaders.agendaItem.load(a.id))?.[field] ?? null);
}

export const clusterResolvers = {
  Query: {
    clusters: (_: unknown, __: unknown, ctx: Ctx) => visibleClusters(ctx),
    clusterMeeting: (_: unknown, args: { id: string }, ctx: Ctx) => findVisibleMeeting(ctx, args.id),
    bodiesOn: (_: unknown, args, ctx: Ctx) => bodiesOn(ctx, args.date),
    publicMinutes: (_: unknown, args: { meetingId: string }, ctx: Ctx) => publicMinutes(ctx, args.meetingId),
    clusterAttentionItems: (_: unknown, __: unknown, ctx: Ctx) =>
      clusterAttentionItems(ctx, secretariatCluster(ctx), today()),
  },
  ClusterAttentionItem: {
    kindLabel: (i: { kind: string }) => pm.attentionKind[i.kind] ?? i.kind,
  },
  Mutation: {
    createClusterMeeting: (_: unknown, a, ctx: Ctx) => createMeeting(ctx, a.clusterId, a.input),
    createBodyMeeting: (_: unknown, a, ctx: Ctx) => createBodyMeeting(ctx, a.bodyId, a.input),
    updateClusterMeeting: (_: unknown, a, ctx: Ctx) => updateMeeting(ctx, a.id, a.version, a.input),
    publishClusterMeeting: (_: unknown, a, ctx: Ctx) => publishMeeting(ctx, a.id, a.version, a.what),
    createAgendaItem: (_: unknown, a, ctx: Ctx) => createAgendaItem(ctx, a.meetingId, a.input),
    updateAgendaItem: (_: unknown, a, ctx: Ctx) => updateAgendaItem(ctx, a.id, a.version, a.input),
    recordDecision: (_: unknown, a, ctx: Ctx) => recordDecision(ctx, a.id, a.version, a.input),
    createGrant: (_: unknown, a, ctx: Ctx) => createGrant(ctx, a.input),
    changeGrantAmount: (_: unknown, a, ctx: Ctx) => changeGrantAmount(ctx, a.id, a.version, a.input),
    splitGrant: (_: unknown, a, ctx: Ctx) => splitGrant(ctx, a.id, a.version, a.input),
    createFollowUp: (_: unknown, a, ctx: Ctx) => createFollowUp(ctx, a.input),
    updateFollowUp: (_: unknown, a, ctx: Ctx) => updateFollowUp(ctx, a.id, a.version, a.input),
    handOverFollowUps: (_: unknown, a, ctx: Ctx) => handOverFollowUps(ctx, a.ids, a.versions, a.input),
  },
  Cluster: {
    ...sourceField,
    region: (c: Cluster, _: unknown, ctx: Ctx) => referenced(ctx.loaders.region.load(c.regionId)),
    members: (c: Cluster, _: unknown, ctx: Ctx) => ctx.loaders.clusterMembers.load(c.id),
    meetings: async (c: Cluster, args, ctx: Ctx) => {
      const last = args.last;
      if (last != null && (last < 0 || last > 500)) throw validationError([{ path: 'last', message: cm.lastMeetings }]);
      const drafts = await draftClusterIdsOf(ctx);
      const visible = (await ctx.loaders.clusterMeetings.load(c.id)).filter((m) => visibleMeeting(drafts, m));
      return last == null ? visible : visible.slice(0, last);
    },
    grants: async (c, args, ctx) => {
      const grants = await clusterGrantRows(ctx).load(c.id);
      return args.year == null ? grants : grants.filter((g) => g.year === args.year);
    },
    successor: (c: Cluster, _: unknown, ctx: Ctx) => (c.successorId ? ctx.loaders.cluster.load(c.successorId) : null),
    predecessors: (c: Cluster, _: unknown, ctx: Ctx) =>
      ctx.loaders.memo('clusterPredecessors', ['cluster'], c.id, () =>
        ctx.db.cluster.findMany({ where: { successorId: c.id }, orderBy: { name: 'asc' } }),
      ),
    followUps: (c: Cluster, _: unknown, ctx: Ctx) => ctx.loaders.clusterFollowUps.load(c.id),
    changes: (c: Cluster, args, ctx: Ctx) => {
      const last = args.last ?? 100;
      if (last < 1 || last > 500) throw validationError([{ path: 'last', message: cm.lastChanges }]);
      if (ctx.user?.clusterId !== c.id) return [];
      return ctx.db.clusterChange.findMany({
        where: { clusterId: c.id },
        orderBy: [{ changedAt: 'desc' }, { id: 'asc' }],
        take: last,
        include: { user: { select: { name: true } } },
      });
    },
  },
  ClusterChangeEntry: {
    userName: (c: ClusterChangeRow) => c.user?.name ?? null,
    actionLabel: (c: ClusterChangeRow) => pm.changeAction[c.action] ?? c.action,
    recordLabel: (c: ClusterChangeRow) => cm.changeRecord[c.recordType] ?? c.recordType,
    label: (c: ClusterChangeRow) =>
      c.field === null ? (cm.changeRecord[c.recordType] ?? c.recordType) : (fieldLabels[c.field] ?? c.field),
    oldValue: (c: ClusterChangeRow, _: unknown, ctx: Ctx) => formattedValue(ctx, c.field, c.oldValue),
    newValue: (c: ClusterChangeRow, _: unknown, ctx: Ctx) => formattedValue(ctx, c.field, c.newValue),
  },
  ClusterMember: {
    ...sourceField,
    municipality: (m: { municipalityId: string | null }, _: unknown, ctx: Ctx) =>
      m.municipalityId ? ctx.loaders.municipality.load(m.municipalityId) : null,
  },
  ClusterMeeting: {
    ...sourceField,
    agendaItems: (m: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.agendaItems.load(m.id),
    participants: (m: ClusterMeeting, _: unknown, ctx: Ctx) => ctx.loaders.meetingParticipants.load(m.id),
    kindLabel: (m: ClusterMeeting) => cm.meetingKind[m.kind]!,
    cluster: (m: ClusterMeeting, _: unknown, ctx: Ctx) =>
      m.clusterId ? referenced(ctx.loaders.cluster.load(m.clusterId)) : null,
    body: (m: ClusterMeeting, _: unknown, ctx: Ctx) => (m.bodyId ? ctx.loaders.body.load(m.bodyId) : null),
  },
  Body: {
    meetings: (b: Body, _: unknown, ctx: Ctx) => bodyMeetings(ctx, b),
  },
  MeetingParticipant: {
    attendanceLabel: (p: MeetingParticipant) => cm.attendance[p.attendance]!,
  },
  AgendaItem: {
    ...sourceField,
    // A decision read with the cluster's grants lacks its long texts (clusterGrantRows.ts): read when asked.
    background: (a: DecisionRow, _: unknown, ctx: Ctx) => itemText(a, 'background', ctx),
    recommendation: (a: DecisionRow, _: unknown, ctx: Ctx) => itemText(a, 'recommendation', ctx),
    decision: (a: DecisionRow, _: unknown, ctx: Ctx) => itemText(a, 'decision', ctx),
    attachments: async (a: DecisionRow, _: unknown, ctx: Ctx) =>
      a.attachments ?? (await ctx.loaders.agendaItem.load(a.id))?.attachments ?? [],
    meeting: (a: DecisionRow, _: unknown, ctx: Ctx) => a.meeting ?? referenced(ctx.loaders.meeting.load(a.meetingId)),
    outcomeLabel: (a: AgendaItem) => (a.outcome ? cm.outcome[a.outcome]! : null),
    followUps: (a: AgendaItem, _: unknown, ctx: Ctx) => ctx.loaders.itemFollowUps.load(a.id),
    proposalTitle: async (a: AgendaItem, _: unknown, ctx: Ctx) =>
      a.proposalId
        ? ((await ctx.db.proposal.findUnique({ where: { id: a.proposalId }, select: { title: true } }))?.title ?? null)
        : null,
  },
  // The relations below come with the object when the cluster's grants were read in one statement
  // (clusterGrantRows.ts); a grant reached another way reads them through the loaders.
  Grant: {
    source: (g: GrantRow, _: unknown, ctx: Ctx) => (g.source !== undefined ? g.source : sourceField.source(g, _, ctx)),
    hostMunicipality: (g: GrantRow, _: unknown, ctx: Ctx) =>
      g.hostMunicipality !== undefined
        ? g.hostMunicipality
        : g.hostMunicipalityId
          ? ctx.loaders.municipality.load(g.hostMunicipalityId)
          : null,
    changes: (g: GrantRow, _: unknown, ctx: Ctx) => g.changes ?? ctx.loaders.grantChanges.load(g.id),
    splitFrom: (g: Grant, _: unknown, ctx: Ctx) => (g.splitFromId ? ctx.loaders.grant.load(g.splitFromId) : null),
    followUps: (g: Grant, _: unknown, ctx: Ctx) => ctx.loaders.grantFollowUps.load(g.id),
  },
  GrantAmountChange: {
    source: (c: ChangeRow, _: unknown, ctx: Ctx) => (c.source !== undefined ? c.source : sourceField.source(c, _, ctx)),
    // The row's decision lacks its long texts; AgendaItem's resolvers above read them when asked.
    agendaItem: (c: ChangeRow, _: unknown, ctx: Ctx) =>
      c.agendaItem !== undefined
        ? (c.agendaItem as AgendaItem | null)
        : c.agendaItemId
          ? ctx.loaders.agendaItem.load(c.agendaItemId)
          : null,
  },
  FollowUp: {
    ...sourceField,
    statusLabel: (f: FollowUp) => cm.followUpStatus[f.status]!,
    overdue: (f: FollowUp) => isOverdue(f, today()),
    grant: (f: FollowUp, _: unknown, ctx: Ctx) => (f.grantId ? ctx.loaders.grant.load(f.grantId) : null),
    agendaItem: (f: FollowUp, _: unknown, ctx: Ctx) =>
      f.agendaItemId ? ctx.loaders.agendaItem.load(f.agendaItemId) : null,
  },
} satisfies Resolvers;
