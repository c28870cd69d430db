// What a SAML assertion from KOMBIT's Context Handler says about the user (ADR 050), as the claims the
// shared account code reads (externalAccount.ts). OIOSAML 3 carries roles as an OIO Basic Privilege
// Profile list: an attribute whose value is a base64-encoded XML PrivilegeList of PrivilegeGroups, each
// scoped to an organisation (Scope="urn:dk:gov:saml:cvrNumberIdentifier:<CVR>") and holding Privilege
// URIs (job-function roles). The group whose CVR is a known municipality and whose privileges give the
// widest role is the user's; its privileges are the "groups" and its CVR gives the kommunekode.
import { DOMParser } from '@xmldom/xmldom';
import type { Profile } from '@node-saml/node-saml';
import type { SamlConfig } from '../../auth/samlConfig';
import { grantFromClaims, widerFirst, type ClaimMapping, type ProviderClaims } from './externalAccount';

export interface PrivilegeGroup {
  scope: string;
  privileges: string[];
}

const CVR_SCOPE = /^urn:dk:gov:saml:cvrNumberIdentifier:(\d{8})$/;
const EMAIL_ATTRIBUTES = ['https://data.gov.dk/model/core/eid/email', 'email', 'mail'];
const NAME_ATTRIBUTES = ['https://data.gov.dk/model/core/eid/fullName', 'urn:oid:2.5.4.3', 'name'];

/** The claims SAML sign-in hands to the shared account code: the chosen group's privileges and its municipality. */
export const samlClaimMapping = (config: SamlConfig): ClaimMapping => ({
  rolesClaim: 'privileges',
  municipalityClaim: 'municipality',
  roleMap: config.roleMap,
});

const elements = (parent: Element, localName: string) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === localName);

/** The privilege groups of a base64 PrivilegeList; an unreadable list has none. */
export function parsePrivilegeList(base64: string): PrivilegeGroup[] {
  const xml = Buffer.from(base64.trim(), 'base64').toString('utf8');
  let root: Element | null;
  try {
    const fail = (message: string) => {
      throw new Error(message);
    };
    root = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(
      xml,
      'text/xml',
    ).documentElement;
  } catch {
    return [];
  }
  if (!root || root.localName !== 'PrivilegeList') return [];
  return elements(root, 'PrivilegeGroup').map((group) => ({
    scope: group.getAttribute('Scope') ?? '',
    privileges: elements(group, 'Privilege')
      .map((p) => (p.textContent ?? '').trim())
      .filter(Boolean),
  }));
}

function attribute(profile: Profile, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value: unknown = profile[name];
    const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === 'string' && first.trim()) return first.trim();
  }
  return undefined;
}

/** The claims of a validated assertion, or null when it names no issuer or subject. */
export function claimsFromProfile(config: SamlConfig, profile: Profile): ProviderClaims | null {
  const iss = profile.issuer;
  const sub = profile.nameID;
  if (!iss || !sub) return null;
  const base: ProviderClaims = {
    iss,
    sub,
    email: attribute(profile, EMAIL_ATTRIBUTES) ?? profile.email ?? profile.mail,
    name: attribute(profile, NAME_ATTRIBUTES),
  };
  const list = attribute(profile, config.privilegeAttributes);
  const mapping = samlClaimMapping(config);
  const ranked = (list ? parsePrivilegeList(list) : [])
    .map((group) => {
      const cvr = CVR_SCOPE.exec(group.scope)?.[1];
      const grant = grantFromClaims(mapping, { iss, sub, privileges: group.privileges });
      return { group, municipality: cvr ? config.cvrMap.get(cvr) : undefined, grant };
    })
    .filter((r) => r.grant)
    // A group of a known municipality first; among those, the widest role.
    .sort((a, b) => Number(!a.municipality) - Number(!b.municipality) || widerFirst(a.grant!, b.grant!));
  const chosen = ranked[0];
  return chosen ? { ...base, privileges: chosen.group.privileges, municipality: chosen.municipality } : base;
}
