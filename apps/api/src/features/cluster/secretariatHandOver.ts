// A body's secretariat passes to its successor (issue 10, ADR 038): the secretariat of a cluster that has
// a successor hands itself over. From then on the successor's secretariat reads the old body's published
// records (and its drafts only when handed over with them); the old body's accounts may move along. The
// hand-over is written to the history of both bodies in the same transaction. Writes stay with a body's own
// secretariat: nobody writes the old body's records after the hand-over.
import { clusterMessages as cm, now, secretariatHandOverInputSchema, secretariatMessages as sm } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { validate } from '../../graphql/validate';
import { writeClusterHistory } from './clusterHistory';
import { secretariatCluster } from './clusterService';

export function handOverSecretariat(ctx: Context, clusterId: string, input: unknown) {
  const data = validate(secretariatHandOverInputSchema, input);
  const own = secretariatCluster(ctx);
  if (clusterId !== own) throw validationError([{ path: 'clusterId', message: `Klynge ${cm.unknownCluster}` }]);
  return ctx.db.$transaction(async (tx) => {
    // Lock the row: two hand-overs at once must not both pass the "already" check.
    await tx.$queryRawUnsafe(`SELECT 1 FROM "Cluster" WHERE "id" = $1 FOR UPDATE`, own);
    const cluster = await tx.cluster.findUniqueOrThrow({ where: { id: own }, include: { successor: true } });
    const successor = cluster.successor;
    if (!successor) throw validationError([{ path: 'clusterId', message: `${cluster.name} ${sm.noSuccessor}` }]);
    if (cluster.secretariatHandedOverAt)
      throw validationError([
        { path: 'clusterId', message: `${cluster.name} ${sm.alreadyHandedOver(successor.name)}` },
      ]);
    const at = now();
    const updated = await tx.cluster.update({
      where: { id: own },
      data: { secretariatHandedOverAt: at, draftsHandedOver: data.includeDrafts },
    });
    const moved = data.moveAccounts
      ? (
          await tx.staffUser.updateMany({
            where: { clusterId: own, role: 'klyngesekretariat' },
            data: { clusterId: successor.id },
          })
        ).count
      : 0;
    const changes = [
      { field: 'secretariatHandedOverTo', oldValue: null, newValue: successor.name },
      { field: 'draftsHandedOver', oldValue: null, newValue: data.includeDrafts },
      { field: 'accountsMoved', oldValue: null, newValue: moved },
    ];
    for (const body of [own, successor.id])
      await writeClusterHistory(
        tx,
        ctx,
        { clusterId: body, recordType: 'SECRETARIAT', recordId: own },
        'MOVE',
        changes,
        null,
      );
    return {
      cluster: updated,
      successor,
      handedOverAt: at,
      includeDrafts: data.includeDrafts,
      accountsMoved: moved,
      summary: sm.handedOver(successor.name, data.includeDrafts, moved),
    };
  });
}
