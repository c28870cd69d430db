// Danish messages the API sends to users. Keys are stable; the web app shows the text as it comes.
export const errorMessages = {
  unauthenticated: 'Du skal logge ind for at se dette.',
  forbidden: 'Du har ikke adgang til dette.',
  badCredentials: 'Forkert e-mail eller adgangskode.',
  rateLimited: 'For mange forkerte forsøg. Vent lidt, og prøv igen.',
  demoOnly: 'Demo-login findes kun i demotilstand.',
  notFound: 'Det findes ikke (længere).',
  conflict: 'Oplysningerne er blevet ændret af en anden. Hent siden igen.',
  invalidInput: 'Oplysningerne er ikke gyldige.',
  internal: 'Der skete en fejl på serveren. Prøv igen om lidt.',
  // HTTP hardening (ADR 017): timeouts, shutdown, the operator's health endpoints.
  timeout: 'Serveren nåede ikke at svare i tide. Prøv igen om lidt.',
  databaseUnavailable: 'Databasen svarer ikke lige nu. Prøv igen om lidt.',
  healthLive: 'Serveren kører.',
  healthReady: 'Klar: databasen svarer, og alle migreringer er udført.',
  healthDbUnreachable: 'Ikke klar: databasen svarer ikke.',
  healthMigrationsPending: (names: string) => `Ikke klar: migreringer mangler i databasen (${names}).`,
  moreIssues: (n: number) => ` (og ${n} fejl mere)`,
  csvTooLarge: (megabytes: string, limit: string) =>
    `Aktivitetsfilen er for stor (${megabytes} MB); den må højst fylde ${limit} MB.`,
  csvEmpty: 'Aktivitetsfilen er tom. Indsæt eller vælg en CSV-fil med en overskriftslinje.',
  unknownRateSet: (id: string) => `Satssættet "${id}" findes ikke. Vælg et af de viste satssæt.`,
  monteCarloTooLarge: (max: string) => `højst ${max} træk, når beregningen køres i appen`,
  queryTooComplex: (limit: string, max: number) =>
    `Forespørgslen er for stor (${limit}: højst ${max}). Spørg efter færre felter ad gangen.`,
  queryLimitNames: {
    depth: 'dybde',
    aliases: 'aliasser',
    directives: 'direktiver',
    tokens: 'antal led',
    cost: 'beregnet omfang',
  },
  tooManyRequests: 'For mange forespørgsler på kort tid. Vent et øjeblik, og prøv igen.',
} as const;

export type ErrorMessageKey = keyof typeof errorMessages;
