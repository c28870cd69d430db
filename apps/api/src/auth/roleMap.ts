// From an identity provider's groups (OIDC, ADR 042) or privileges (SAML, ADR 050) to the app's roles:
// a JSON object from group or privilege to role, kept in configuration ("projektleder:<unit name>" for
// a centre's project lead, "klyngesekretariat:<cluster name>" for a cluster secretariat).
import type { Role } from '../__generated__/prisma/enums';

export interface RoleGrant {
  role: Role;
  /** The unit (project lead) or cluster (cluster secretariat) the group works for, by name. */
  scope?: string;
}

const ROLES: readonly Role[] = ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat', 'projektleder'];

/** Parses a role map; throws (English, for the operator's log, naming `variable`) on a role the app does not have. */
export function parseRoleMap(raw: string, variable = 'OIDC_ROLE_MAP'): Map<string, RoleGrant> {
  const parsed = JSON.parse(raw) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`${variable} must be a JSON object from group to role`);
  const map = new Map<string, RoleGrant>();
  for (const [group, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new Error(`${variable}: the role of group ${group} must be a string`);
    const [role, ...scope] = value.split(':');
    if (!ROLES.includes(role as Role))
      throw new Error(`${variable}: unknown role ${role} (roles: ${ROLES.join(', ')})`);
    if (role === 'projektleder' && !scope.length)
      throw new Error(`${variable}: group ${group} needs the project lead's unit ("projektleder:<unit name>")`);
    map.set(group, { role: role as Role, ...(scope.length ? { scope: scope.join(':') } : {}) });
  }
  return map;
}
