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
  if (user.clusterId) return (await secretariatClusters(ctx, user.clusterId)).map((c) => c.id);
  const municipalityId = user.municipalityId;
  if (!municipalityId) return [];
  return ctx.loaders.memo('clusterIds', ['cluster'], municipalityId, async () => {
    const rows = await ctx.db.clusterMember.findMany({ where: { municipalityId }, select: { clusterId: true } });
    return [...new Set(rows.map((r) => r.clusterId))];
  });
}

/**
 * A secretariat's clusters (ADR 038): its own body first, then the predecessors whose secretariat was handed
 * over to it (their published records; drafts only where `draftsHandedOver`). Writes stay with its own.
 */
const secretariatCache = new WeakMap<Context, Promise<{ id: string; drafts: boolean }[]>>();

function secretariatClusters(ctx: Context, own: string) {
  let found = secretariatCache.get(ctx);
  if (!found) {
    found = findSecretariatClusters(ctx, own);
    secretariatCache.set(ctx, found);
  }
  return found;
}

function findSecretariatClusters(ctx: Context, own: string) {
  return ctx.loaders.memo('secretariatClusters', ['cluster'], own, async () => [
    { id: own, drafts: true },
    ...(
      await ctx.db.cluster.findMany({
        where: { successorId: own, secretariatHandedOverAt: { not: null } },
        select: { id: true, draftsHandedOver: true },
        orderBy: { name: 'asc' },
      })
    ).map((c) => ({ id: c.id, drafts: c.draftsHandedOver })),
  ]);
}

/** The clusters whose draft meetings the account reads: a secretariat's own and those handed over with drafts. */
export async function draftClusterIdsOf(ctx: Context): Promise<string[]> {
  const user = ctx.user;
  if (!user?.clusterId || user.role !== 'klyngesekretariat') return [];
  return (await secretariatClusters(ctx, user.clusterId)).filter((c) => c.drafts).map((c) => c.id);
}
