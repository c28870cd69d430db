// A test identity provider for SAML sign-in (ADR 050): a key and self-signed certificate made by
// openssl for this run, and Responses in the shape KOMBIT's Context Handler sends (OIOSAML 3: persistent
// NameID, the OIO Basic Privilege Profile list in the privilegesIntermediate attribute), signed with
// xml-crypto. No network: the test reads the app's AuthnRequest from its redirect and posts the answer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

export interface KeyPair {
  key: string;
  cert: string;
}

/** A fresh RSA key and self-signed certificate (openssl, one day). */
export function makeKeyPair(commonName: string): KeyPair {
  const dir = mkdtempSync(join(tmpdir(), 'saml-idp-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${commonName}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const IDP_ENTITY_ID = 'https://n2adfs.kombit.test/adfs/services/trust';
export const SP_ENTITY_ID = 'https://sundhedsoverblik.test/saml';
export const ACS_URL = 'https://sundhedsoverblik.test/api/auth/saml/acs';
export const PRIVILEGES = 'https://data.gov.dk/model/core/eid/privilegesIntermediate';
/** Test CVR numbers (not real ones): the first is mapped to kommunekode 183 in the tests' SAML_CVR_MAP. */
export const TEST_CVR = '12345678';
export const OTHER_CVR = '87654321';

export const testPrivileges = {
  sundhedsstab: 'http://sundhedsoverblik.test/roles/jobrole/sundhedsstab/1',
  frontmedarbejder: 'http://sundhedsoverblik.test/roles/jobrole/frontmedarbejder/1',
  direktoer: 'http://sundhedsoverblik.test/roles/jobrole/direktoer/1',
  klyngesekretariat: 'http://sundhedsoverblik.test/roles/jobrole/klyngesekretariat/1',
  projektleder: 'http://sundhedsoverblik.test/roles/jobrole/projektleder-aeldre/1',
} as const;

export const testPrivilegeRoleMap = JSON.stringify({
  [testPrivileges.sundhedsstab]: 'sundhedsstab',
  [testPrivileges.frontmedarbejder]: 'frontmedarbejder',
  [testPrivileges.direktoer]: 'direktoer',
  [testPrivileges.klyngesekretariat]: 'klyngesekretariat:Politisk Sundhedsklynge Syd',
  [testPrivileges.projektleder]: 'projektleder:Center for Ældre og Rehabilitering',
});

/** The SAML_* environment for an app at ACS_URL that trusts `idp`'s certificate. */
export const samlEnvFor = (idp: KeyPair, extra: Record<string, string> = {}): Record<string, string> => ({
  SAML_ENTRY_POINT: 'https://n2adfs.kombit.test/adfs/ls/',
  SAML_IDP_CERT: idp.cert,
  SAML_IDP_ISSUER: IDP_ENTITY_ID,
  SAML_SP_ENTITY_ID: SP_ENTITY_ID,
  SAML_ACS_URL: ACS_URL,
  SAML_ROLE_MAP: testPrivilegeRoleMap,
  SAML_CVR_MAP: JSON.stringify({ [TEST_CVR]: '183' }),
  ...extra,
});

/** The ID of the AuthnRequest in the app's redirect to the identity provider (redirect binding: deflated, base64). */
export function requestOf(location: string): { id: string; xml: string } {
  const xml = inflateRawSync(Buffer.from(new URL(location).searchParams.get('SAMLRequest')!, 'base64')).toString();
  return { id: /\sID="([^"]+)"/.exec(xml)![1]!, xml };
}

/** An OIO Basic Privilege Profile list, base64 as the attribute carries it. */
export function privilegeList(groups: { scope: string; privileges: string[] }[]): string {
  const body = groups
    .map(
      (g) =>
        `<PrivilegeGroup Scope="${g.scope}">${g.privileges.map((p) => `<Privilege>${p}</Privilege>`).join('')}</PrivilegeGroup>`,
    )
    .join('');
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</bpp:PrivilegeList>`,
  ).toString('base64');
}

export const cvrScope = (cvr: string) => `urn:dk:gov:saml:cvrNumberIdentifier:${cvr}`;

export interface ResponseOptions {
  inResponseTo?: string | null;
  nameId: string;
  email?: string;
  privileges?: { scope: string; privileges: string[] }[];
  audience?: string;
  recipient?: string;
  issuer?: string;
  /** Minutes from now until the assertion's NotOnOrAfter (negative: expired). */
  validMinutes?: number;
  /** Sign the assertion with this key (default: the IdP's); null leaves it unsigned. */
  assertionKey?: KeyPair | null;
  /** Also sign the whole Response with this key. */
  responseKey?: KeyPair;
}

const iso = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const id = () => '_' + randomBytes(16).toString('hex');

function sign(xml: string, keys: KeyPair, element: 'Assertion' | 'Response'): string {
  const path = element === 'Assertion' ? "//*[local-name(.)='Assertion']" : "/*[local-name(.)='Response']";
  const sig = new SignedXml({
    privateKey: keys.key,
    publicCert: keys.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: path,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
  });
  sig.computeSignature(xml, { location: { reference: `${path}/*[local-name(.)='Issuer']`, action: 'after' } });
  return sig.getSignedXml();
}

/** A Response as the Context Handler posts it to the ACS, base64 (the SAMLResponse form field). */
export function samlResponse(idp: KeyPair, o: ResponseOptions): string {
  const issuer = o.issuer ?? IDP_ENTITY_ID;
  const recipient = o.recipient ?? ACS_URL;
  const valid = o.validMinutes ?? 5;
  const inResponseTo = o.inResponseTo ? ` InResponseTo="${o.inResponseTo}"` : '';
  const attributes = [
    [PRIVILEGES, privilegeList(o.privileges ?? [])],
    ['https://data.gov.dk/model/core/eid/email', o.email ?? `${o.nameId}@ishoj.dk`],
    ['https://data.gov.dk/model/core/eid/fullName', `Test ${o.nameId}`],
  ]
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${value}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('');
  const assertion =
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${iso(0)}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${o.nameId}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${inResponseTo} NotOnOrAfter="${iso(valid)}" Recipient="${recipient}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(-1)}" NotOnOrAfter="${iso(valid)}"><saml:AudienceRestriction><saml:Audience>${o.audience ?? SP_ENTITY_ID}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(0)}" SessionIndex="${id()}"><saml:AuthnContext><saml:AuthnContextClassRef>https://data.gov.dk/concept/core/nsis/loa/Substantial</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
    `</saml:Assertion>`;
  const assertionKey = o.assertionKey === undefined ? idp : o.assertionKey;
  let xml =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${iso(0)}" Destination="${recipient}"${inResponseTo}>` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    (assertionKey ? sign(assertion, assertionKey, 'Assertion') : assertion) +
    `</samlp:Response>`;
  if (o.responseKey) xml = sign(xml, o.responseKey, 'Response');
  return Buffer.from(xml).toString('base64');
}
