// Messages for edits that met a newer version (ADR 016): the API's CONFLICT errors and the forms'
// "what changed meanwhile" panel.
export const conflictMessages = {
  offer: 'Tilbuddet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  theme: 'Temaet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  milestone: 'Milepælen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  budgetLine: 'Budgetlinjen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  synonyms: 'Synonymerne er ændret af en anden siden du åbnede dem. Dine ændringer er ikke gemt endnu.',
  report: 'Fejlmeldingen er ændret af en anden siden du åbnede den.',
  project: 'Projektet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  statusReport: 'Statusrapporten er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  indicator: 'Indikatoren er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  indicatorValue: 'Værdien er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  meeting: 'Mødet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  agendaItem: 'Dagsordenspunktet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  grant: 'Bevillingen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  followUp: 'Opfølgningspunktet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  reformTransfer: 'Markeringen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  proposal: 'Forslaget er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  price: 'Prisen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  priceIndex: 'Prisindekset er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
  businessCase: 'Business casen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  comparisonSet:
    'Sammenligningsgruppen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  assure: 'Et eller flere tilbud er ændret af en anden siden du åbnede listen. Intet er bekræftet; se listen igen.',
  versionsPerOffer: 'Der skal være én version for hvert tilbud',
  csvRow: (exported: number, current: number) =>
    `Tilbuddet er ændret af en anden siden du åbnede det (eksporteret version ${exported}, nu version ${current}). Eksportér igen, og ret i den nye fil.`,
  csvMissingVersion:
    'Versionskolonnen mangler: en række med ID skal have den version, der blev eksporteret. Eksportér igen.',
  csvBadVersion: 'Version skal være et helt tal fra eksporten.',
  // The form's panel.
  changedMeanwhile: 'Ændret af en anden i mellemtiden:',
  theirValue: 'Nu gemt',
  yourValue: 'Din ændring',
  nothingYouSee: 'Ingen af felterne i formularen er ændret (fx er tilbuddet bekræftet eller sat på pause).',
  empty: '(tom)',
  reapply: 'Gem mine ændringer igen',
  reapplyHint: 'Dine ændringer lægges oven på den nye version; felter du ikke har ændret, får den anden persons værdi.',
  discard: 'Kassér mine ændringer',
  added: 'Tilføjet',
  removed: 'Fjernet',
  yes: 'ja',
  no: 'nej',
  /** Labels for what the form's own field labels lack. */
  labels: {
    assuredAt: 'Sidst bekræftet',
    groups: 'Synonymgrupper',
    status: 'Status',
    memberCodes: 'Kommuner',
  } as Record<string, string>,
} as const;
