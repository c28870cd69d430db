// Sign-in through KOMBIT's Context Handler, SAML 2.0 / OIOSAML 3 (ADR 050), with @node-saml/node-saml.
// /api/auth/saml/login sends the browser to the identity provider with an AuthnRequest (redirect
// binding, signed when the app has a key) whose id is kept in PostgreSQL and, sealed, in the browser's
// cookie (an answer is only taken from the browser that started its sign-in: no login CSRF); the
// provider posts its answer to /api/auth/saml/acs. node-saml checks the signatures (the assertion's always, the response's where
// configured) against the configured certificate, the audience, NotBefore/NotOnOrAfter and that
// InResponseTo names an open request of ours; this route checks the assertion's issuer, the Recipient
// and Destination and that its own statement used the request (a replay is refused), then makes or updates the account through
// the shared account code and starts a session. A refusal creates nothing, is audited, clears the page
// asked for (?til=), and sends the browser to the sign-in page with the reason, which the page shows in Danish.
// A server error clears the page asked for too: no failed sign-in leaves it for the next one.
import { DOMParser } from '@xmldom/xmldom';
import express, { Router } from 'express';
import { SAML, SamlStatusError, ValidateInResponseTo, type Profile } from '@node-saml/node-saml';
import { RETURN_PARAM, safeReturnPath, type ProviderRefusal } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import { audit } from '../../auth/audit';
import type { SamlConfig } from '../../auth/samlConfig';
import { startSession } from '../../auth/session';
import { servedOverHttps } from '../../http/securityHeaders';
import { accountFromClaims } from './externalAccount';
import { claimsFromProfile, samlClaimMapping } from './samlIdentity';
import { readCookie } from '../../auth/session';
import { seal, unseal } from './sealed';
import { REQUEST_MS, samlRequestStore, wasAnswered, type Claim, type Saved } from './samlRequests';

export const SAML_PATH = '/api/auth/saml';
/** The browser's own sign-in: the sealed id of the request it started, so nobody else's answer signs it in. */
const LOGIN_COOKIE = 'sundhed_saml';
const LOGIN_PURPOSE = 'saml-login';
/** The page of this site first asked for (/log-ind's ?til=), sealed, returned to after signing in. */
const RETURN_COOKIE = 'sundhed_saml_til';
const RETURN_PURPOSE = 'saml-return';
const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';

function samlFor(db: Db, config: SamlConfig, claim?: Claim, saved?: Saved): SAML {
  return new SAML({
    entryPoint: config.entryPoint,
    idpCert: config.idpCerts,
    idpIssuer: config.idpIssuer,
    issuer: config.spEntityId,
    audience: config.spEntityId,
    callbackUrl: config.acsUrl,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: config.wantResponseSigned,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_MS,
    cacheProvider: samlRequestStore(db, claim, saved),
    acceptedClockSkewMs: 60_000,
    identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    ...(config.spKey ? { privateKey: config.spKey, decryptionPvk: config.spKey } : {}),
    ...(config.spCert ? { publicCert: config.spCert } : {}),
  });
}

const parse = (xml: string) => new DOMParser({ errorHandler: { warning: () => {} } }).parseFromString(xml, 'text/xml');

/** The Response's InResponseTo, read without trusting it (to tell a replay from a made-up request). */
function inResponseToOf(samlResponse: string): string | null {
  try {
    return (
      parse(Buffer.from(samlResponse, 'base64').toString('utf8')).documentElement?.getAttribute('InResponseTo') || null
    );
  } catch {
    return null;
  }
}

/** Whether the answer was sent to this app's ACS: the verified assertion's Recipient and the Response's Destination. */
function addressedHere(config: SamlConfig, profile: Profile, samlResponse: string): boolean {
  const assertionXml = profile.getAssertionXml?.();
  if (!assertionXml) return false;
  const assertion = parse(assertionXml);
  const recipients = Array.from(assertion.getElementsByTagNameNS(ASSERTION_NS, 'SubjectConfirmationData')).map((e) =>
    e.getAttribute('Recipient'),
  );
  if (!recipients.length || recipients.some((r) => r !== config.acsUrl)) return false;
  const destination = parse(Buffer.from(samlResponse, 'base64').toString('utf8')).documentElement?.getAttribute(
    'Destination',
  );
  return !destination || destination === config.acsUrl;
}

/** Why node-saml refused an answer, as the reason the sign-in page explains. */
async function failureOf(db: Db, error: unknown, samlResponse: string): Promise<ProviderRefusal> {
  if (error instanceof SamlStatusError) return 'denied';
  const message = error instanceof Error ? error.message : '';
  if (/InResponseTo/.test(message))
    return (await wasAnswered(db, inResponseToOf(samlResponse))) ? 'replayed' : 'request';
  if (/signature|signed data|Missing SAML assertion/i.test(message)) return 'signature';
  if (/audience/i.test(message)) return 'audience';
  // An expired SubjectConfirmationData reads as "no valid subject confirmation".
  if (/expired|not yet valid|NotBefore|NotOnOrAfter|subject confirmation/i.test(message)) return 'expired';
  if (/issuer/i.test(message)) return 'issuer';
  return 'refused';
}

/** Forgets the page asked for (the next sign-in starts afresh from /log-ind), where headers can still be set. */
function clearReturn(res: express.Response): void {
  if (!res.headersSent) res.clearCookie(RETURN_COOKIE, { path: SAML_PATH });
}

export function samlRouter(db: Db, config: SamlConfig, options: { secureCookies: boolean }): Router {
  const router = Router();

  router.get('/login', async (req, res, next) => {
    try {
      const saved: Saved = {};
      const url = await samlFor(db, config, undefined, saved).getAuthorizeUrlAsync('', req.get('host'), {});
      // The provider posts its answer from its own site: over HTTPS the cookie must be SameSite=None to come
      // along; over plain HTTP (development, a provider on the same site) Lax is what a browser accepts.
      const https = servedOverHttps(req, options.secureCookies);
      const cookieOptions = {
        httpOnly: true,
        sameSite: https ? ('none' as const) : ('lax' as const),
        secure: https,
        path: SAML_PATH,
        maxAge: REQUEST_MS,
      };
      res.cookie(LOGIN_COOKIE, await seal(db, LOGIN_PURPOSE, saved.id ?? ''), cookieOptions);
      const returnTo = safeReturnPath(req.query[RETURN_PARAM]);
      if (returnTo) res.cookie(RETURN_COOKIE, await seal(db, RETURN_PURPOSE, returnTo), cookieOptions);
      else res.clearCookie(RETURN_COOKIE, { path: SAML_PATH });
      res.redirect(303, url);
    } catch (error) {
      clearReturn(res);
      next(error);
    }
  });

  /** The service provider's metadata, for registering the app with the Context Handler. */
  router.get('/metadata', (_req, res) => {
    res
      .type('application/samlmetadata+xml')
      .send(samlFor(db, config).generateServiceProviderMetadata(config.spCert ?? null, config.spCert ?? null));
  });

  router.post('/acs', express.urlencoded({ extended: false, limit: '512kb' }), async (req, res, next) => {
    const refuse = async (reason: ProviderRefusal, userId?: string) => {
      await audit(db, 'refused', { userId, detail: `saml: ${reason}` });
      clearReturn(res);
      res.redirect(303, `/log-ind?fejl=${reason}`);
    };
    try {
      const samlResponse = (req.body as Record<string, unknown> | undefined)?.SAMLResponse;
      if (typeof samlResponse !== 'string' || !samlResponse) return void (await refuse('refused'));
      // Login CSRF: an answer to a sign-in this browser did not start (someone else's, posted here) is refused.
      const cookie = readCookie(req, LOGIN_COOKIE);
      const started = cookie ? await unseal(db, LOGIN_PURPOSE, cookie) : null;
      const answered = inResponseToOf(samlResponse);
      if (!started || started !== answered)
        return void (await refuse(answered && (await wasAnswered(db, answered)) ? 'replayed' : 'request'));
      const claim: Claim = { claimed: false };
      let profile: Profile | null;
      try {
        ({ profile } = await samlFor(db, config, claim).validatePostResponseAsync({ SAMLResponse: samlResponse }));
      } catch (error) {
        return void (await refuse(await failureOf(db, error, samlResponse)));
      }
      if (!profile) return void (await refuse('refused'));
      // Validated, but another copy of this response used the request first (in parallel, or another process).
      if (!claim.claimed) return void (await refuse('replayed'));
      // node-saml compares the issuer of logout messages only: the assertion's is checked here.
      if (profile.issuer !== config.idpIssuer) return void (await refuse('issuer'));
      if (!addressedHere(config, profile, samlResponse)) return void (await refuse('audience'));
      const claims = claimsFromProfile(config, profile);
      if (!claims) return void (await refuse('refused'));
      const result = await accountFromClaims(db, samlClaimMapping(config), claims, 'saml');
      if ('refused' in result) return void (await refuse(result.refused, result.userId));
      await startSession(db, res, result.userId, servedOverHttps(req, options.secureCookies), 'saml');
      await audit(db, 'sign_in', { userId: result.userId, detail: 'saml' });
      const returnCookie = readCookie(req, RETURN_COOKIE);
      const returnTo = returnCookie ? safeReturnPath(await unseal(db, RETURN_PURPOSE, returnCookie)) : null;
      clearReturn(res);
      res.redirect(303, returnTo ?? '/');
    } catch (error) {
      clearReturn(res);
      next(error);
    }
  });

  return router;
}
