// Sign-in through the municipality's identity provider, sessions and local accounts (issue 15, ADR 034).
export const signInMessages = {
  addressRateLimited: 'For mange forkerte forsøg fra denne adresse. Vent et par minutter, og prøv igen.',
  accountDisabled: 'Kontoen er spærret. Kontakt en administrator.',
  providerButton: (organisation: string) => `Log ind med ${organisation}`,
  providerHeading: 'Log ind med din arbejdskonto',
  providerRefused: 'Login gennem identitetsudbyderen blev afvist. Prøv at logge ind igen.',
  providerExpired: 'Login tog for lang tid eller er allerede brugt. Prøv at logge ind igen.',
  providerUnknownIssuer: 'Svaret kom fra en ukendt identitetsudbyder. Login blev afvist.',
  providerNoRole: 'Din konto har ingen rolle i Sundhedsoverblik. Bed din leder om adgang via den rette gruppe.',
  providerNoMunicipality: 'Din konto er ikke knyttet til en kommune, som Sundhedsoverblik kender. Login blev afvist.',
  providerBadSignature: 'Svaret fra identitetsudbyderen var ikke korrekt underskrevet. Login blev afvist.',
  providerWrongAudience: 'Svaret fra identitetsudbyderen var ikke stilet til Sundhedsoverblik. Login blev afvist.',
  providerReplayed: 'Svaret fra identitetsudbyderen er allerede brugt. Prøv at logge ind igen.',
  providerUnknownRequest:
    'Svaret fra identitetsudbyderen hører ikke til et login, der er startet her. Prøv at logge ind igen.',
  providerUnavailable: 'Identitetsudbyderen svarer ikke lige nu. Prøv igen om lidt.',
  providerEmailTaken:
    'Din e-mail tilhører allerede en anden konto i Sundhedsoverblik. Kontakt en administrator. Login blev afvist.',
  /** The sign-in page's button when the app signs in through the municipality's identity provider. */
  providerDefaultButton: 'Log ind med kommunens login',
  /** The button for sign-in through KOMBIT's Context Handler (SAML, ADR 050). */
  samlButton: 'Log ind via KOMBIT',
  sessionEnded: 'Du er blevet logget ud. Log ind igen for at fortsætte.',
  signOutEverywhere: 'Log ud alle steder',
  signedOutEverywhere: 'Du er logget ud på alle enheder.',
  emailRequired: 'E-mail skal udfyldes',
  accountNotLocal:
    'E-mail: kun lokale konti (demo og nødadministrator) kan spærres her; andre følger identitetsudbyderen',
  administratorOnly: 'Kun en administrator kan spærre og åbne konti.',
  /** The local accounts page (/konti), for the emergency administrator only. */
  accounts: {
    nav: 'Lokale konti',
    heading: 'Lokale konti',
    intro:
      'Demokonti og nødadministratorer logger ind med adgangskode her. Medarbejdere, der logger ind gennem kommunens login, spærres hos identitetsudbyderen.',
    caption: 'Lokale konti og om de kan logge ind',
    email: 'E-mail',
    name: 'Navn',
    role: 'Rolle',
    status: 'Status',
    action: 'Handling',
    active: 'Aktiv',
    disabledSince: (date: string) => `Spærret siden ${date}`,
    administrator: 'administrator',
    you: 'dig',
    disable: (name: string) => `Spær ${name}`,
    enable: (name: string) => `Åbn ${name}`,
    disableButton: 'Spær',
    enableButton: 'Åbn',
    disabledDone: (name: string) => `${name} er spærret og logget ud alle steder.`,
    enabledDone: (name: string) => `${name} kan logge ind igen.`,
    empty: 'Der er ingen lokale konti.',
  },
  cannotDisableSelf: 'E-mail: du kan ikke spærre din egen konto',
  adminPasswordPrompt: 'Skriv nødadministratorens adgangskode (mindst 15 tegn) og afslut med Ctrl-D: ',
  adminEmailMissing: 'Angiv nødadministratorens e-mail med --email.',
  adminResult: {
    created: 'Nødadministratoren er oprettet.',
    updated: 'Nødadministratorens adgangskode er skiftet; dens sessioner er afsluttet.',
    'too-short': 'Adgangskoden skal være mindst 15 tegn. Intet er ændret.',
    'no-municipality': 'Kommunen findes ikke i databasen (angiv kommunekoden med --municipality). Intet er ændret.',
    'not-local': 'Den e-mail tilhører en konto fra identitetsudbyderen. Intet er ændret.',
  },
} as const;

/**
 * Why a sign-in through the identity provider was refused: the sign-in page shows it (?fejl=…, ADR 042;
 * the SAML path's reasons, ADR 050: signature, audience, replayed, request).
 */
export type ProviderRefusal =
  | 'state'
  | 'nonce'
  | 'expired'
  | 'client'
  | 'issuer'
  | 'denied'
  | 'unavailable'
  | 'refused'
  | 'role'
  | 'municipality'
  | 'email-taken'
  | 'disabled'
  | 'signature'
  | 'audience'
  | 'replayed'
  | 'request';

export type OidcRefusal = ProviderRefusal;

const refusalMessages: Record<ProviderRefusal, string> = {
  state: signInMessages.providerRefused,
  nonce: signInMessages.providerRefused,
  expired: signInMessages.providerExpired,
  client: signInMessages.providerRefused,
  issuer: signInMessages.providerUnknownIssuer,
  denied: signInMessages.providerRefused,
  unavailable: signInMessages.providerUnavailable,
  refused: signInMessages.providerRefused,
  role: signInMessages.providerNoRole,
  municipality: signInMessages.providerNoMunicipality,
  'email-taken': signInMessages.providerEmailTaken,
  disabled: signInMessages.accountDisabled,
  signature: signInMessages.providerBadSignature,
  audience: signInMessages.providerWrongAudience,
  replayed: signInMessages.providerReplayed,
  request: signInMessages.providerUnknownRequest,
};

/** The Danish message for a refusal named in the sign-in page's address, or null for anything else. */
export function providerRefusalMessage(reason: string | null): string | null {
  return reason && Object.hasOwn(refusalMessages, reason) ? refusalMessages[reason as ProviderRefusal] : null;
}
