// SAML 2.0 configuration from the environment (ADR 050): sign-in through KOMBIT's Context Handler
// (OIOSAML 3) is on when SAML_ENTRY_POINT, SAML_IDP_CERT, SAML_SP_ENTITY_ID and SAML_ACS_URL are set;
// then SAML_IDP_ISSUER is required too.
// The privileges in the assertion's OIO Basic Privilege Profile list become the app's roles through
// SAML_ROLE_MAP (like OIDC_ROLE_MAP, roleMap.ts); a privilege group's CVR scope becomes the
// municipality through SAML_CVR_MAP, a JSON object from CVR number to kommunekode.
import { parseRoleMap, type RoleGrant } from './roleMap';

/** OIOSAML 3's name of the privilege attribute, and OIOSAML 2's, which the Context Handler has also used. */
export const PRIVILEGE_ATTRIBUTES = [
  'https://data.gov.dk/model/core/eid/privilegesIntermediate',
  'dk:gov:saml:attribute:Privileges_intermediate',
] as const;

export interface SamlConfig {
  /** The identity provider's single sign-on address (redirect binding). */
  entryPoint: string;
  /** The identity provider's signing certificate(s), PEM or base64; several during a key rollover. */
  idpCerts: string[];
  /** The identity provider's entity id (required): an answer from another issuer is refused. */
  idpIssuer: string;
  /** This app's entity id: the issuer of its requests and the audience the assertion must name. */
  spEntityId: string;
  /** This app's assertion consumer service (…/api/auth/saml/acs): the answer's Recipient and Destination. */
  acsUrl: string;
  /** This app's key and certificate (PEM): sign the AuthnRequest and decrypt encrypted assertions. */
  spKey?: string;
  spCert?: string;
  /** Require the whole Response signed too (the assertion must always be signed). */
  wantResponseSigned: boolean;
  /** Attribute names that carry the base64 PrivilegeList, first found wins. */
  privilegeAttributes: readonly string[];
  roleMap: ReadonlyMap<string, RoleGrant>;
  /** CVR number (a privilege group's scope) -> the municipality's kommunekode. */
  cvrMap: ReadonlyMap<string, string>;
}

function parseCvrMap(raw: string): Map<string, string> {
  const parsed = JSON.parse(raw) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('SAML_CVR_MAP must be a JSON object from CVR number to kommunekode');
  const map = new Map<string, string>();
  for (const [cvr, code] of Object.entries(parsed)) {
    if (!/^\d{8}$/.test(cvr)) throw new Error(`SAML_CVR_MAP: ${cvr} is not an 8-digit CVR number`);
    if (typeof code !== 'string' && typeof code !== 'number')
      throw new Error(`SAML_CVR_MAP: the kommunekode of CVR ${cvr} must be a string`);
    map.set(cvr, String(code));
  }
  return map;
}

/** A PEM value from the environment, where line breaks may be written as "\n". */
const pem = (value: string | undefined) => value?.trim().replaceAll('\\n', '\n') || undefined;

/** The configuration from the environment, or null when SAML sign-in is not configured. */
export function samlConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SamlConfig | null {
  const entryPoint = env.SAML_ENTRY_POINT?.trim();
  const idpCert = pem(env.SAML_IDP_CERT);
  const spEntityId = env.SAML_SP_ENTITY_ID?.trim();
  const acsUrl = env.SAML_ACS_URL?.trim();
  const idpIssuer = env.SAML_IDP_ISSUER?.trim();
  if (!entryPoint || !idpCert || !spEntityId || !acsUrl) return null;
  // Without the issuer, an assertion signed with the certificate but issued by another of the signer's
  // identities would be taken: SAML sign-in does not start without it (ADR 050).
  if (!idpIssuer)
    throw new Error(
      'SAML_IDP_ISSUER mangler: når SAML-login er sat op (SAML_ENTRY_POINT, SAML_IDP_CERT, SAML_SP_ENTITY_ID, ' +
        'SAML_ACS_URL), skal identitetsudbyderens entity id også angives, så svar fra andre udstedere afvises.',
    );
  return {
    entryPoint,
    // Several certificates (key rollover) are separated by a blank line or "||".
    idpCerts: idpCert
      .split(/\|\||\n\s*\n(?=-----BEGIN)/)
      .map((c) => c.trim())
      .filter(Boolean),
    idpIssuer,
    spEntityId,
    acsUrl,
    spKey: pem(env.SAML_SP_KEY),
    spCert: pem(env.SAML_SP_CERT),
    wantResponseSigned: env.SAML_WANT_RESPONSE_SIGNED === '1',
    privilegeAttributes: env.SAML_PRIVILEGES_ATTRIBUTE?.trim()
      ? [env.SAML_PRIVILEGES_ATTRIBUTE.trim()]
      : PRIVILEGE_ATTRIBUTES,
    roleMap: parseRoleMap(env.SAML_ROLE_MAP ?? '{}', 'SAML_ROLE_MAP'),
    cvrMap: parseCvrMap(env.SAML_CVR_MAP ?? '{}'),
  };
}
