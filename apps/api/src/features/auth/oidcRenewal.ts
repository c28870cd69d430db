// Silent renewal of a session that began at the identity provider (ADR 042): when the access token has
// run out, or the session has been idle for the idle timeout, the next request renews it with the
// refresh token. The page keeps its state because the request it made simply succeeds. A user removed
// at the provider, or no longer in a mapped group, loses access there and then.
import * as client from 'openid-client';
import { now } from '@sundhed/shared/clock';
import type { Db } from '../../db/prisma';
import { audit } from '../../auth/audit';
import { idleTimeoutMs, type SessionRenewer, type SessionUser } from '../../auth/session';
import { accountFromClaims } from './externalAccount';
import { claimsOf, failureOf, type OidcClient } from './oidcClient';
import { seal, unseal } from './sealed';

export const REFRESH_PURPOSE = 'oidc-refresh';
/** How long one process holds a renewal before another may try (a provider that does not answer). */
const CLAIM_MS = 60_000;

/** When a session must next renew: the access token's end, at most one idle timeout ahead. */
export function renewAtFrom(at: Date, expiresIn: number | undefined): Date {
  const tokenEnd = expiresIn ? at.getTime() + expiresIn * 1000 : Infinity;
  return new Date(Math.min(tokenEnd, at.getTime() + idleTimeoutMs()));
}

async function currentUser(db: Db, userId: string): Promise<SessionUser> {
  const u = await db.staffUser.findUniqueOrThrow({ where: { id: userId } });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    municipalityId: u.municipalityId,
    clusterId: u.clusterId,
    orgUnitId: u.orgUnitId,
  };
}

export function oidcSessionRenewer(db: Db, oidc: OidcClient): SessionRenewer {
  return async (sessionId, user) => {
    const at = now();
    const idleStart = new Date(at.getTime() - idleTimeoutMs());
    // Claim the renewal in one statement, so that two processes never spend one refresh token twice.
    const claimed = await db.$queryRaw<{ refreshToken: string; wasIdle: boolean }[]>`
      UPDATE "Session" s SET "renewAt" = ${new Date(at.getTime() + CLAIM_MS)}, "lastSeenAt" = ${at}
      FROM (SELECT "id", "lastSeenAt" <= ${idleStart} AS "wasIdle" FROM "Session" WHERE "id" = ${sessionId}) old
      WHERE s."id" = old."id" AND s."refreshToken" IS NOT NULL
        AND (s."renewAt" IS NULL OR s."renewAt" <= ${at} OR s."lastSeenAt" <= ${idleStart})
      RETURNING s."refreshToken", old."wasIdle"`;
    const row = claimed[0];
    if (!row) return user; // another process is renewing this session right now
    const end = async (why: string) => {
      await db.session.deleteMany({ where: { id: sessionId } });
      await audit(db, 'refused', { userId: user.id, detail: `oidc renewal: ${why}` });
      return null;
    };
    const refreshToken = await unseal(db, REFRESH_PURPOSE, row.refreshToken);
    if (!refreshToken) return end('sealed token unreadable');
    const account = await db.staffUser.findUnique({ where: { id: user.id }, select: { externalId: true } });
    const sub = account?.externalId?.slice(account.externalId.lastIndexOf('#') + 1);
    let tokens;
    try {
      tokens = await client.refreshTokenGrant(await oidc.discovered(), refreshToken);
    } catch (error) {
      const failure = failureOf(error);
      // A provider that does not answer does not end an active session; an idle one it cannot renew ends.
      if (failure === 'unavailable' && !row.wasIdle) return user;
      return end(failure);
    }
    const claims = await claimsOf(oidc, tokens, sub);
    if (!claims) return end('another subject');
    const result = await accountFromClaims(db, oidc.config, claims);
    if ('refused' in result) return end(result.refused);
    await db.session.updateMany({
      where: { id: sessionId },
      data: {
        renewAt: renewAtFrom(at, tokens.expiresIn()),
        ...(tokens.refresh_token ? { refreshToken: await seal(db, REFRESH_PURPOSE, tokens.refresh_token) } : {}),
      },
    });
    return currentUser(db, user.id);
  };
}
