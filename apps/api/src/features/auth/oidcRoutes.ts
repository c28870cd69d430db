// Sign-in through the municipality's identity provider (ADR 042): authorization code with PKCE, state
// and nonce. /api/auth/oidc/login sends the browser to the provider with a sealed cookie holding what
// the answer must match; /api/auth/oidc/callback checks the answer, makes or updates the account from
// the claims and starts a session. A refused answer (wrong state or nonce, a used or expired code,
// another client's code, an unknown issuer, no mapped role or municipality) creates nothing, is
// counted in the audit, and sends the browser to the sign-in page with the reason in Danish.
import { Router } from 'express';
import * as client from 'openid-client';
import { now } from '@sundhed/shared/clock';
import { RETURN_PARAM, safeReturnPath, type OidcRefusal } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import { audit } from '../../auth/audit';
import { readCookie, startSession } from '../../auth/session';
import { servedOverHttps } from '../../http/securityHeaders';
import { accountFromClaims } from './externalAccount';
import { claimsOf, failureOf, type OidcClient } from './oidcClient';
import { REFRESH_PURPOSE, renewAtFrom } from './oidcRenewal';
import { seal, unseal } from './sealed';

export const OIDC_PATH = '/api/auth/oidc';
const PENDING_COOKIE = 'sundhed_oidc';
const PENDING_PURPOSE = 'oidc-login';
/** A sign-in at the provider must come back within this time. */
const PENDING_MS = 10 * 60_000;

export interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  at: number;
  /** The page of this site first asked for (/log-ind's ?til=), returned to after signing in. */
  returnTo?: string;
}

/** The sealed cookie of a sign-in in progress (exported for the tests that forge one). */
export const sealPending = (db: Db, pending: Pending) => seal(db, PENDING_PURPOSE, JSON.stringify(pending));

async function readPending(db: Db, cookie: string | null): Promise<Pending | null> {
  const text = cookie && (await unseal(db, PENDING_PURPOSE, cookie));
  if (!text) return null;
  const pending = JSON.parse(text) as Pending;
  return now().getTime() - pending.at <= PENDING_MS ? pending : null;
}

export function oidcRouter(db: Db, oidc: OidcClient, options: { secureCookies: boolean }): Router {
  const router = Router();

  router.get('/login', async (req, res, next) => {
    try {
      let configuration: client.Configuration;
      try {
        configuration = await oidc.discovered();
      } catch {
        return void res.redirect(303, `/log-ind?fejl=unavailable`);
      }
      const verifier = client.randomPKCECodeVerifier();
      const pending: Pending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier,
        redirectUri: oidc.config.redirectUri ?? `${req.protocol}://${req.get('host')}${OIDC_PATH}/callback`,
        at: now().getTime(),
        returnTo: safeReturnPath(req.query[RETURN_PARAM]) ?? undefined,
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: pending.redirectUri,
        scope: oidc.config.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      res.cookie(PENDING_COOKIE, await sealPending(db, pending), {
        httpOnly: true,
        sameSite: 'lax', // the provider's redirect back is a top-level navigation: the cookie comes along
        secure: servedOverHttps(req, options.secureCookies),
        path: OIDC_PATH,
        maxAge: PENDING_MS,
      });
      res.redirect(303, url.href);
    } catch (error) {
      next(error);
    }
  });

  router.get('/callback', async (req, res, next) => {
    const refuse = async (reason: OidcRefusal, userId?: string) => {
      await audit(db, 'refused', { userId, detail: `oidc: ${reason}` });
      res.redirect(303, `/log-ind?fejl=${reason}`);
    };
    try {
      res.clearCookie(PENDING_COOKIE, { path: OIDC_PATH }); // one answer per sign-in: a replay finds no cookie
      const pending = await readPending(db, readCookie(req, PENDING_COOKIE));
      if (!pending || req.query.state !== pending.state) return void (await refuse('state'));
      const current = new URL(pending.redirectUri);
      current.search = new URL(req.originalUrl, 'http://callback').search;
      let tokens;
      try {
        tokens = await client.authorizationCodeGrant(await oidc.discovered(), current, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        return void (await refuse(failureOf(error)));
      }
      const claims = await claimsOf(oidc, tokens);
      if (!claims) return void (await refuse('refused'));
      const result = await accountFromClaims(db, oidc.config, claims);
      if ('refused' in result) return void (await refuse(result.refused, result.userId));
      const at = now();
      const renewal = tokens.refresh_token
        ? {
            refreshToken: await seal(db, REFRESH_PURPOSE, tokens.refresh_token),
            renewAt: renewAtFrom(at, tokens.expiresIn()),
          }
        : undefined;
      await startSession(db, res, result.userId, servedOverHttps(req, options.secureCookies), 'oidc', renewal);
      await audit(db, 'sign_in', { userId: result.userId, detail: 'oidc' });
      res.redirect(303, safeReturnPath(pending.returnTo) ?? '/');
    } catch (error) {
      next(error);
    }
  });

  return router;
}
