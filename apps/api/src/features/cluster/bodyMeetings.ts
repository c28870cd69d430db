// Meetings of a municipality's own bodies (the Sundhedsforum, "Sammen om sundhed"): the one meeting model
// of ADR 031 (amendment), owned by a Body instead of a cluster. The staff unit (sundhedsstab) records the
// meetings of its own municipality's bodies; drafts are the staff unit's, published ones every reader's.
import { clusterMessages as cm, fieldLabels as fl, meetingInputSchema } from '@sundhed/shared';
import type { Body, ClusterMeeting } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { forbidden, unauthenticated, validationError } from '../../graphql/errors';
import { validate } from '../../graphql/validate';
import { meetingData, meetingRow, participantRows } from './clusterService';

/** The staff unit's municipality; other roles may not record a body's meeting. */
function staffMunicipality(ctx: Context): string {
  if (!ctx.user) throw unauthenticated();
  if (ctx.user.role !== 'sundhedsstab' || !ctx.user.municipalityId) throw forbidden();
  return ctx.user.municipalityId;
}

/** Creates a draft meeting of one of the staff unit's own municipality's bodies. */
export function createBodyMeeting(ctx: Context, bodyId: string, input: unknown) {
  const data = validate(meetingInputSchema, input);
  const own = staffMunicipality(ctx);
  return ctx.db.$transaction(async (tx) => {
    const body = await tx.body.findFirst({ where: { id: bodyId, municipalityId: own } });
    if (!body) throw validationError([{ path: 'bodyId', message: `${fl.bodyId} ${cm.unknownBody}` }]);
    const values = await meetingData(tx, data, null);
    const row = await tx.clusterMeeting.create({ data: { ...meetingRow(values), bodyId: body.id } });
    await tx.meetingParticipant.createMany({ data: participantRows(row.id, data) });
    return row;
  });
}

/** A body's meetings, newest first: drafts only for the staff unit of the body's municipality. */
export async function bodyMeetings(ctx: Context, body: Body): Promise<ClusterMeeting[]> {
  const meetings = await ctx.loaders.bodyMeetings.load(body.id);
  const drafts =
    ctx.user?.role === 'sundhedsstab' && !!body.municipalityId && ctx.user.municipalityId === body.municipalityId;
  return meetings.filter((m) => drafts || m.agendaPublishedAt != null);
}
