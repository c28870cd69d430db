// The AuthnRequests this app sent, in PostgreSQL (SamlRequest, ADR 050), as node-saml's cache of request
// ids: an answer must name one that is unused and younger than REQUEST_MS (InResponseTo), and accepting
// an answer marks its request used by one statement (UPDATE … WHERE usedAt IS NULL), so of two copies
// of one response, also in parallel and in two API processes, only the first gets through.
import type { CacheProvider } from '@node-saml/node-saml';
import { now } from '@sundhed/shared/clock';
import type { Db } from '../../db/prisma';

/** A sign-in at the identity provider must come back within this time. */
export const REQUEST_MS = 10 * 60_000;
/** Used and expired requests are kept this long, so a late replay is still told apart from a made-up id. */
const KEPT_MS = 24 * 60 * 60_000;

/** Set when this validation's own statement marked the request used. */
export interface Claim {
  claimed: boolean;
}

/** Set to the id of the request this store saved (the login route binds it to the browser). */
export interface Saved {
  id?: string;
}

export function samlRequestStore(db: Db, claim: Claim = { claimed: false }, saved: Saved = {}): CacheProvider {
  return {
    async saveAsync(id) {
      saved.id = id;
      const createdAt = now();
      await db.samlRequest.create({ data: { id, createdAt } });
      await db.samlRequest.deleteMany({ where: { createdAt: { lt: new Date(createdAt.getTime() - KEPT_MS) } } });
      return { value: createdAt.toISOString(), createdAt: createdAt.getTime() };
    },
    async getAsync(id) {
      const row = await db.samlRequest.findFirst({
        where: { id, usedAt: null, createdAt: { gte: new Date(now().getTime() - REQUEST_MS) } },
      });
      return row ? row.createdAt.toISOString() : null;
    },
    async removeAsync(id) {
      if (!id) return null;
      const { count } = await db.samlRequest.updateMany({ where: { id, usedAt: null }, data: { usedAt: now() } });
      if (count) claim.claimed = true;
      return count ? id : null;
    },
  };
}

/** Whether a request of this id was answered before (a replay), as opposed to never made or long gone. */
export async function wasAnswered(db: Db, id: string | null): Promise<boolean> {
  if (!id) return false;
  const row = await db.samlRequest.findUnique({ where: { id } });
  return Boolean(row?.usedAt);
}
