// Meetings of Sundhedsforum and "Sammen om sundhed" that treat a proposal (issue 14, ADR 047): an agenda
// item names the proposal; a stage change may point at the meeting and the item that decided it.
import { clusterMessages as cm, fieldLabels as fl, type FieldIssue } from '@sundhed/shared';
import type { AgendaItem, Body, ClusterMeeting } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import type { Tx } from '../history/changeLog';

type ItemWithMeeting = AgendaItem & { meeting: ClusterMeeting & { body: Body | null } };
const withMeeting = { meeting: { include: { body: true } } } as const;

/** Drafts (agenda not published) are the staff unit's only. */
const visible = (ctx: Context, i: ItemWithMeeting) =>
  i.meeting.agendaPublishedAt != null || ctx.user?.role === 'sundhedsstab';

const treatment = (i: ItemWithMeeting) => ({
  agendaItemId: i.id,
  meetingId: i.meetingId,
  bodyName: i.meeting.body?.name ?? null,
  meetingTitle: i.meeting.title,
  date: i.meeting.date,
  number: i.number,
  title: i.title,
  outcome: i.outcome,
  decision: i.decision,
});
export type Treatment = ReturnType<typeof treatment>;

/** The agenda items that treat a proposal, by meeting date. */
export async function treatmentsOf(ctx: Context, proposalId: string): Promise<Treatment[]> {
  const items = await ctx.db.agendaItem.findMany({
    where: { proposalId, meeting: { body: { municipalityId: ctx.user?.municipalityId ?? '-' } } },
    include: withMeeting,
    orderBy: [{ meeting: { date: 'asc' } }, { number: 'asc' }],
  });
  return items.filter((i) => visible(ctx, i)).map(treatment);
}

/** The item a stage change points at, when the reader may see it. */
export async function treatmentOf(ctx: Context, agendaItemId: string | null): Promise<Treatment | null> {
  if (!agendaItemId) return null;
  const i = await ctx.db.agendaItem.findFirst({
    where: { id: agendaItemId, meeting: { body: { municipalityId: ctx.user?.municipalityId ?? '-' } } },
    include: withMeeting,
  });
  return i && visible(ctx, i) ? treatment(i) : null;
}

export interface StageMeetingInput {
  bodyId?: string | null;
  meetingId?: string | null;
  agendaItemId?: string | null;
}

/**
 * Checks the meeting and item a stage change points at: a meeting of the named body (of the municipality),
 * an item of that meeting that treats this proposal. The body and meeting follow from the item when left out.
 */
export async function stageMeeting(
  tx: Tx,
  municipalityId: string,
  proposalId: string,
  input: StageMeetingInput,
): Promise<{ issues: FieldIssue[]; bodyId: string | null; meetingId: string | null; agendaItemId: string | null }> {
  const issues: FieldIssue[] = [];
  let { bodyId = null, meetingId = null } = input;
  const agendaItemId = input.agendaItemId ?? null;
  if (agendaItemId) {
    const item = await tx.agendaItem.findFirst({
      where: { id: agendaItemId, proposalId, meeting: { body: { municipalityId } } },
      include: { meeting: true },
    });
    if (!item || (meetingId && item.meetingId !== meetingId))
      issues.push({ path: 'input.agendaItemId', message: `${fl.agendaItemId} ${cm.itemNotOfMeeting}` });
    else meetingId = item.meetingId;
  }
  if (meetingId) {
    const meeting = await tx.clusterMeeting.findFirst({ where: { id: meetingId, body: { municipalityId } } });
    if (!meeting || (bodyId && meeting.bodyId !== bodyId))
      issues.push({ path: 'input.meetingId', message: `${fl.meetingId} ${cm.meetingNotOfBody}` });
    else bodyId = meeting.bodyId;
  }
  return { issues, bodyId, meetingId, agendaItemId };
}
