// OpenID Connect configuration from the environment (ADR 034). Nothing is configured unless
// OIDC_ISSUER and OIDC_CLIENT_ID are set; then staff sign in through the municipality's provider.
import type { Role } from '../__generated__/prisma/enums';

const roles: readonly Role[] = ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat', 'projektleder'];

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The app's own address as the browser reaches it (callback: <publicUrl>/auth/oidc/callback). */
  publicUrl: string;
  /** "Log ind med <organisation>". */
  organisation: string;
  /** The claim with the user's groups (a list or a string), e.g. Entra ID's "groups" or "roles". */
  rolesClaim: string;
  /** The claim with the municipality code (kommunekode), e.g. "183" for Ishøj. */
  municipalityClaim: string;
  /** The claim with a project lead's unit (its name as in the organisation), optional. */
  orgUnitClaim: string;
  /** Provider group -> app role (OIDC_ROLE_MAP, "group=role,group=role"). */
  roleMap: ReadonlyMap<string, Role>;
  /** Minutes after which a provider's session must be confirmed by the provider again (token refresh). */
  recheckMinutes: number;
}

export function parseRoleMap(raw: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of raw.split(',')) {
    const [group, role] = pair.split('=').map((s) => s.trim());
    if (!group || !role) continue;
    if (!roles.includes(role as Role))
      throw new Error(`OIDC_ROLE_MAP: unknown role "${role}" (known: ${roles.join(', ')})`);
    map.set(group, role as Role);
  }
  return map;
}

export function oidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    publicUrl: (env.PUBLIC_URL ?? 'http://localhost:4000').replace(/\/$/, ''),
    organisation: env.OIDC_ORGANISATION?.trim() || 'Ishøj Kommune',
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'groups',
    municipalityClaim: env.OIDC_MUNICIPALITY_CLAIM?.trim() || 'municipality_code',
    orgUnitClaim: env.OIDC_ORG_UNIT_CLAIM?.trim() || 'department',
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP ?? ''),
    recheckMinutes: Number(env.OIDC_RECHECK_MINUTES) > 0 ? Number(env.OIDC_RECHECK_MINUTES) : 30,
  };
}

export const oidcOrganisation = (): string | null => oidcConfig()?.organisation ?? null;
