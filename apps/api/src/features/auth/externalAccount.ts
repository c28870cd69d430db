// An account that follows the identity provider (ADR 042, ADR 050): made or updated from the provider's
// claims at every sign-in and renewal, whether they came in an OpenID Connect ID token or were read from
// a SAML assertion's attributes (samlIdentity.ts). The role comes from the groups claim through the configured map, the
// municipality from its code; without both the user is refused and nothing is created. A role change
// is audited; losing the role ends the account's sessions.
import { now } from '@sundhed/shared/clock';
import type { Db } from '../../db/prisma';
import type { Role } from '../../__generated__/prisma/enums';
import { audit } from '../../auth/audit';
import { endAllSessions } from '../../auth/session';
import type { RoleGrant } from '../../auth/roleMap';

export type ClaimRefusal = 'role' | 'municipality' | 'email-taken' | 'disabled';

/** Which claims carry the groups and the municipality's code, and the groups' roles (from configuration). */
export interface ClaimMapping {
  rolesClaim: string;
  municipalityClaim: string;
  roleMap: ReadonlyMap<string, RoleGrant>;
}

/** The sign-in path the account came through: its StaffUser.origin and the audit's prefix. */
export type ProviderOrigin = 'oidc' | 'saml';

export interface ProviderClaims {
  iss: string;
  sub: string;
  [claim: string]: unknown;
}

/** When a user is in several mapped groups the widest role wins, in this order. */
const PRECEDENCE: readonly Role[] = [
  'direktoer',
  'sundhedsstab',
  'klyngesekretariat',
  'projektleder',
  'frontmedarbejder',
];

/** Orders grants widest first. */
export const widerFirst = (a: RoleGrant, b: RoleGrant) => PRECEDENCE.indexOf(a.role) - PRECEDENCE.indexOf(b.role);

export function grantFromClaims(config: ClaimMapping, claims: ProviderClaims): RoleGrant | null {
  const value = claims[config.rolesClaim];
  const groups = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const grants = groups.flatMap((g) =>
    typeof g === 'string' && config.roleMap.has(g) ? [config.roleMap.get(g)!] : [],
  );
  grants.sort(widerFirst);
  return grants[0] ?? null;
}

export const externalIdOf = (claims: Pick<ProviderClaims, 'iss' | 'sub'>) => `${claims.iss}#${claims.sub}`;

interface Placement {
  role: Role;
  municipalityId: string | null;
  clusterId: string | null;
  orgUnitId: string | null;
}

/** Where the grant puts the user: its municipality (by code), and its cluster or unit where the role has one. */
async function placement(db: Db, config: ClaimMapping, claims: ProviderClaims, grant: RoleGrant) {
  const code = claims[config.municipalityClaim];
  if (typeof code !== 'string' && typeof code !== 'number') return 'municipality' as const;
  const municipality = await db.municipality.findUnique({ where: { code: String(code) } });
  if (!municipality) return 'municipality' as const;
  const place: Placement = { role: grant.role, municipalityId: municipality.id, clusterId: null, orgUnitId: null };
  if (grant.role === 'klyngesekretariat') {
    const cluster = grant.scope
      ? await db.cluster.findUnique({ where: { name: grant.scope } })
      : await db.cluster.findFirst({ where: { members: { some: { municipalityId: municipality.id } } } });
    if (!cluster) return 'role' as const;
    Object.assign(place, { municipalityId: null, clusterId: cluster.id });
  }
  if (grant.role === 'projektleder') {
    const unit = await db.orgUnit.findFirst({ where: { municipalityId: municipality.id, name: grant.scope } });
    if (!unit) return 'role' as const;
    place.orgUnitId = unit.id;
  }
  return place;
}

/**
 * Makes or updates the account of the claims' subject; returns its id, or why the user is refused. A
 * known account refused (no longer in a mapped group, or moved to an unknown municipality) loses its sessions.
 */
export async function accountFromClaims(
  db: Db,
  config: ClaimMapping,
  claims: ProviderClaims,
  origin: ProviderOrigin = 'oidc',
): Promise<{ userId: string } | { refused: ClaimRefusal; userId?: string }> {
  const externalId = externalIdOf(claims);
  const existing = await db.staffUser.findUnique({ where: { externalId } });
  const grant = grantFromClaims(config, claims);
  const place = grant ? await placement(db, config, claims, grant) : ('role' as const);
  if (typeof place === 'string') {
    if (existing) {
      await endAllSessions(db, existing.id);
      await audit(db, 'role_change', {
        userId: existing.id,
        detail: `${existing.role} -> ingen (${origin}: ${place})`,
      });
    }
    return { refused: place, userId: existing?.id };
  }
  if (existing?.disabledAt) return { refused: 'disabled', userId: existing.id };
  const email = (typeof claims.email === 'string' ? claims.email : externalId).trim().toLowerCase().slice(0, 320);
  const name = (typeof claims.name === 'string' && claims.name.trim()) || email;
  // Another account has this address (a new account, or a known one whose address changed at the provider).
  const clash = await db.staffUser.findUnique({ where: { email } });
  if (clash && clash.id !== existing?.id) return { refused: 'email-taken', userId: existing?.id };
  const data = { email, name: name.slice(0, 200), ...place };
  return db.$transaction(async (tx) => {
    if (!existing) {
      const created = await tx.staffUser.create({
        data: { ...data, externalId, origin, passwordHash: '', createdAt: now() },
      });
      await audit(tx, 'account_created', { userId: created.id, detail: `${origin}: ${place.role}` });
      return { userId: created.id };
    }
    await tx.staffUser.update({ where: { id: existing.id }, data });
    if (
      existing.role !== place.role ||
      existing.orgUnitId !== place.orgUnitId ||
      existing.clusterId !== place.clusterId
    )
      await audit(tx, 'role_change', { userId: existing.id, detail: `${existing.role} -> ${place.role} (${origin})` });
    return { userId: existing.id };
  });
}
