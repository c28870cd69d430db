// Meetings of a municipality's own bodies (the Sundhedsforum, "Sammen om sundhed"): the one meeting model
// of ADR 031 (amendment), owned by a Body instead of a cluster. The staff unit (sundhedsstab) records the
// meetings of its own municipality's bodies with the cluster's mutations (meetingOwner.ts, ADR 047);
// drafts are the staff unit's, published ones every reader's in the municipality.
import { clusterMessages as cm, fieldLabels as fl, meetingInputSchema } from '@sundhed/shared';
import type { Body, ClusterMeeting } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { forbidden, validationError } from '../../graphql/errors';
import { validate } from '../../graphql/validate';
import { createOwnedMeeting } from './clusterService';
import { meetingOwner } from './meetingOwner';

/** Creates a draft meeting of one of the staff unit's own municipality's bodies. */
export async function createBodyMeeting(ctx: Context, bodyId: string, input: unknown) {
  const data = validate(meetingInputSchema, input);
  const own = meetingOwner(ctx);
  if (!('municipalityId' in own)) throw forbidden();
  const body = await ctx.db.body.findFirst({ where: { id: bodyId, municipalityId: own.municipalityId } });
  if (!body) throw validationError([{ path: 'bodyId', message: `${fl.bodyId} ${cm.unknownBody}` }]);
  return createOwnedMeeting(ctx, data, { clusterId: null, bodyId: body.id });
}

/** May the caller see this body's drafts? The staff unit of the body's municipality. */
const seesDrafts = (ctx: Context, body: Pick<Body, 'municipalityId'>) =>
  ctx.user?.role === 'sundhedsstab' && !!body.municipalityId && ctx.user.municipalityId === body.municipalityId;

/** A body's meetings, newest first: drafts only for the staff unit of the body's municipality. */
export async function bodyMeetings(ctx: Context, body: Body): Promise<ClusterMeeting[]> {
  const meetings = await ctx.loaders.bodyMeetings.load(body.id);
  return meetings.filter((m) => seesDrafts(ctx, body) || m.agendaPublishedAt != null);
}

/** One meeting of a body, for a reader of the body's municipality (drafts for its staff unit only). */
export async function visibleBodyMeeting(ctx: Context, meeting: ClusterMeeting): Promise<ClusterMeeting | null> {
  if (!meeting.bodyId || !ctx.user?.municipalityId) return null;
  const body = await ctx.loaders.body.load(meeting.bodyId);
  if (!body || body.municipalityId !== ctx.user.municipalityId) return null;
  return meeting.agendaPublishedAt != null || seesDrafts(ctx, body) ? meeting : null;
}
