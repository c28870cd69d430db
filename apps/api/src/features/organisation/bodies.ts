import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';

/** The bodies an account sees: its municipality's, its region's, and those of its clusters. */
export async function visibleBodies(ctx: Context) {
  const user = ctx.user;
  if (!user) throw unauthenticated();
  const municipality = user.municipalityId ? await ctx.loaders.municipality.load(user.municipalityId) : null;
  const clusterIds = await clusterIdsOf(ctx);
  const key = JSON.stringify([municipality?.id ?? null, municipality?.regionId ?? null, clusterIds]);
  return ctx.loaders.memo('visibleBodies', ['organisation'], key, () =>
    ctx.db.body.findMany({
      where: {
        OR: [
          ...(municipality ? [{ municipalityId: municipality.id }, { regionId: municipality.regionId }] : []),
          ...(clusterIds.length ? [{ clusterId: { in: clusterIds } }] : []),
        ],
      },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    }),
  );
}

const clusterIdsCache = new WeakMap<Context, Promise<string[]>>();

/** Clusters of the account: its own (secretariat), or those its municipality is a member of. */
export function clusterIdsOf(ctx: Context): Promise<string[]> {
  let ids = clusterIdsCache.get(ctx);
  if (!ids) {
    ids = findClusterIds(ctx);
    clusterIdsCache.set(ctx, ids);
  }
  return ids;
}

async function findClusterIds(ctx: Context): Promise<string[]> {
  const user = ctx.user;
  if (!user) throw unauthenticated();
  if (user.clusterId) return [user.clusterId];
  const municipalityId = user.municipalityId;
  if (!municipalityId) return [];
  return ctx.loaders.memo('clusterIds', ['cluster'], municipalityId, async () => {
    const rows = await ctx.db.clusterMember.findMany({ where: { municipalityId }, select: { clusterId: true } });
    return [...new Set(rows.map((r) => r.clusterId))];
  });
}
