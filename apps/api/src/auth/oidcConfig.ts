// OpenID Connect configuration from the environment (ADR 042). Sign-in through the municipality's
// identity provider is on when OIDC_ISSUER and OIDC_CLIENT_ID are set; the provider's groups become the
// app's roles through OIDC_ROLE_MAP (roleMap.ts).
import { parseRoleMap, type RoleGrant } from './roleMap';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; unset: this app's /api/auth/oidc/callback at the request's host. */
  redirectUri?: string;
  scope: string;
  /** The claim that carries the user's groups (e.g. "groups" at Entra ID). */
  rolesClaim: string;
  /** The claim that carries the municipality's code (kommunekode, e.g. "183"). */
  municipalityClaim: string;
  roleMap: ReadonlyMap<string, RoleGrant>;
  /** Plain HTTP to the provider: only for a provider on loopback in tests and demos. */
  allowHttp: boolean;
}

/** The configuration from the environment, or null when sign-in through a provider is not configured. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    redirectUri: env.OIDC_REDIRECT_URI?.trim() || undefined,
    scope: env.OIDC_SCOPES?.trim() || 'openid profile email offline_access',
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'groups',
    municipalityClaim: env.OIDC_MUNICIPALITY_CLAIM?.trim() || 'municipality_code',
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP ?? '{}'),
    allowHttp: env.OIDC_ALLOW_HTTP === '1',
  };
}
