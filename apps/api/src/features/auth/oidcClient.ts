// The app as an OpenID Connect client (`openid-client`, ADR 042): the provider's metadata is fetched
// once per process (again after a failure), and a provider's answer is read into the claims the
// account follows.
import * as client from 'openid-client';
import type { OidcConfig } from '../../auth/oidcConfig';
import type { ProviderClaims } from './externalAccount';

export interface OidcClient {
  config: OidcConfig;
  discovered(): Promise<client.Configuration>;
}

export function oidcClient(config: OidcConfig): OidcClient {
  let discovery: Promise<client.Configuration> | null = null;
  return {
    config,
    discovered() {
      discovery ??= client.discovery(
        new URL(config.issuer),
        config.clientId,
        undefined,
        config.clientSecret ? client.ClientSecretBasic(config.clientSecret) : client.None(),
        config.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      discovery.catch(() => (discovery = null));
      return discovery;
    },
  };
}

type Tokens = client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;

/** The ID token's claims, with the user info endpoint's when the ID token lacks the groups claim. */
export async function claimsOf(oidc: OidcClient, tokens: Tokens, expectedSub?: string): Promise<ProviderClaims | null> {
  const idClaims = tokens.claims();
  const sub = idClaims?.sub ?? expectedSub;
  if (!sub || (expectedSub && sub !== expectedSub)) return null;
  const iss = idClaims?.iss ?? oidc.config.issuer;
  if (idClaims && oidc.config.rolesClaim in idClaims) return { ...idClaims, iss, sub };
  const info = await client.fetchUserInfo(await oidc.discovered(), tokens.access_token, sub);
  return { ...idClaims, ...info, iss, sub };
}

export type OidcFailure = 'state' | 'nonce' | 'expired' | 'client' | 'issuer' | 'denied' | 'unavailable' | 'refused';

/** Why openid-client refused a provider's answer, as the sign-in page names it. */
export function failureOf(error: unknown): OidcFailure {
  const e = error as { code?: string; error?: string };
  if (e.code === 'OAUTH_RESPONSE_BODY_ERROR')
    return e.error === 'invalid_grant' ? 'expired' : e.error === 'invalid_client' ? 'client' : 'refused';
  if (e.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') return 'denied';
  // openid-client wraps oauth4webapi's error, whose message names the claim or parameter at fault.
  const chain: string[] = [];
  for (let at: unknown = error; at instanceof Error && chain.length < 5; at = at.cause) chain.push(at.message);
  const message = chain.join(' ');
  if (message.includes('"iss"')) return 'issuer';
  if (message.includes('"nonce"')) return 'nonce';
  if (message.includes('"aud"') || message.includes('"azp"')) return 'client';
  if (message.includes('"state"')) return 'state';
  if (error instanceof TypeError || message.includes('fetch failed') || message.includes('ECONNREFUSED'))
    return 'unavailable';
  return 'refused';
}
