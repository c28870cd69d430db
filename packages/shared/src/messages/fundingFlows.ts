// The money flows around the end of kommunal medfinansiering (issue 13 item 5, ADR 069).
export const fundingFlowMessages = {
  // Validation (each follows the field's Danish name).
  statusInvalid: 'skal være kendt, aftalt men ikke vedtaget, eller ikke kendt',
  partyInvalid: 'skal være kommune, region, stat, sundhedsråd eller ikke kendt',
  periodOrder: 'skal være samme dag som eller efter startdatoen',
  sourceRequired: 'skal udfyldes: en pengestrøm skal have den kilde, der nævner den',
  versionRequired: 'skal angives, når en pengestrøm rettes (hent den igen)',
  ruleNeedsSource: 'kan kun udfyldes med en kilde, der giver beløbet eller reglen',
  status: {
    KNOWN: 'Kendt',
    AGREED_NOT_LEGISLATED: 'Aftalt; lovgrundlag ikke bekræftet',
    NOT_KNOWN: 'Ikke kendt',
  } as Record<string, string>,
  party: {
    MUNICIPALITY: 'Kommune',
    REGION: 'Region',
    STATE: 'Staten',
    HEALTH_COUNCIL: 'Sundhedsråd',
    NOT_KNOWN: 'Ikke kendt',
  } as Record<string, string>,
};

export const fundingFlowUi = {
  title: 'Pengestrømme efter medfinansieringen',
  intro:
    'Hvad der afløser den kommunale medfinansiering, kun så langt en kilde siger det. Et beløb eller en regel står her kun med sin kilde.',
  none: 'Hvad der afløser medfinansieringen, er ikke kendt: ingen kilde beskriver det endnu.',
  whyNone: (year: number) =>
    `${year}: Ingen kommunal medfinansiering. Sundhedsreformen nedlægger ordningen (L 214, stadfæstet), så der er intet at beregne.`,
  replacedBy: 'I stedet:',
  flowsInPeriod: 'Pengestrømme i perioden',
  payerToRecipient: (payer: string, recipient: string) => `${payer} → ${recipient}`,
  period: (from: string | null, to: string | null) =>
    from && to ? `${from}–${to}` : from ? `fra ${from}` : to ? `til ${to}` : 'periode ikke kendt',
  amountOrRule: 'Beløb eller regel',
  noRule: 'Beløb og regel er ikke kendt.',
  replaces: 'Afløser (en del af) medfinansieringen',
  source: 'Kilde',
  publisher: 'Udgiver',
  add: 'Tilføj pengestrøm',
  edit: (name: string) => `Redigér ${name}`,
  formTitleNew: 'Ny pengestrøm',
  formTitle: (name: string) => `Redigér ${name}`,
  fields: {
    name: 'Navn',
    payerKind: 'Betaler',
    recipientKind: 'Modtager',
    validFrom: 'Startdato',
    validTo: 'Slutdato',
    validToHint: 'Sæt en slutdato for at afslutte pengestrømmen. Format: 31.12.2028',
    dateHint: 'Format: 1.1.2027',
    status: 'Status',
    known: 'Hvad vides',
    amountOrRule: 'Beløb eller regel (kun med kilde)',
    replacesCofinancing: 'Afløser (en del af) den kommunale medfinansiering',
    publisher: 'Udgiver af kilden',
    sourceTitle: 'Kildens titel',
    sourceDate: 'Kildens dato',
    sourceUrl: 'Link til kilden',
  },
  save: 'Gem pengestrøm',
  cancel: 'Annullér',
  saved: (name: string) => `Pengestrømmen ${name} er gemt.`,
};
