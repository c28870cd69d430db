// An agenda item of Sundhedsforum or "Sammen om sundhed" can treat a proposal (issue 14, ADR 047): only
// on a meeting of the municipality's own bodies, and only a proposal of that municipality.
import { clusterMessages as cm, fieldLabels as fl } from '@sundhed/shared';
import type { ClusterMeeting } from '../../__generated__/prisma/client';
import { validationError } from '../../graphql/errors';
import type { Tx } from '../history/changeLog';

export async function checkTreatedProposal(
  tx: Tx,
  meeting: Pick<ClusterMeeting, 'bodyId'>,
  proposalId: string | null | undefined,
) {
  if (!proposalId) return;
  const path = 'input.proposalId';
  const body = meeting.bodyId ? await tx.body.findUnique({ where: { id: meeting.bodyId } }) : null;
  if (!body?.municipalityId) throw validationError([{ path, message: `${fl.proposalId} ${cm.proposalOnlyOwnBodies}` }]);
  const proposal = await tx.proposal.findFirst({
    where: { id: proposalId, municipalityId: body.municipalityId },
    select: { id: true },
  });
  if (!proposal) throw validationError([{ path, message: `${fl.proposalId} ${cm.unknownProposal}` }]);
}
