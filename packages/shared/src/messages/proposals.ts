// Proposals, living business cases and the price catalogue (issue 14): every Danish text of the feature.
export const proposalStageLabels = {
  IDEA: 'Idé',
  QUALIFIED: 'Kvalificeret i Sundhedsforum',
  DISCUSSED: 'Drøftet i "Sammen om sundhed"',
  POLITICAL: 'Politisk behandling',
  DECIDED: 'Besluttet',
  REJECTED: 'Afvist',
  PARKED: 'Parkeret',
} as const;

export const priceBearerLabels = { KOMMUNE: 'Kommune', REGION: 'Region', STAT: 'Stat' } as const;

export const businessCaseTemplateLabels = {
  prevention: 'Forebyggelse (Skandia-modellen)',
  social: 'Social indsats (SØM)',
} as const;

export const proposalMessages = {
  // Validation: whole sentences naming the field (no JSON paths).
  titleRequired: 'Titel skal udfyldes',
  needRequired: 'Behov skal udfyldes',
  tooLong: (label: string, max: number) => `${label} må højst være ${max} tegn`,
  decisionRequired: 'Beslutningstekst skal udfyldes',
  dateRequired: 'Dato skal udfyldes',
  stageUnknown: 'Stadie skal være et af de kendte stadier',
  stageSame: (stage: string) => `Forslaget er allerede i stadiet "${stage}"`,
  stageNotAllowed: (from: string, to: string) =>
    `Forslaget kan ikke gå fra "${from}" til "${to}": det skal gennem stadierne i rækkefølge`,
  decidedNeedsPolitical:
    'Forslaget kan først besluttes efter politisk behandling (Social- og Sundhedsudvalget eller Byrådet)',
  closedStage: (stage: string) => `Forslaget er ${stage.toLowerCase()} og kan ikke flyttes videre`,
  commentRequired: 'Kommentar skal udfyldes',
  horizonRequired: 'Tidshorisont skal udfyldes',
  range: (label: string, min: string, max: string, unit: string) =>
    `${label} skal være mellem ${min} og ${max}${unit ? ` ${unit}` : ''}`,
  atMost: (label: string, max: string, unit: string) => `${label} må højst være ${max}${unit ? ` ${unit}` : ''}`,
  atLeast: (label: string, min: string, unit: string) => `${label} skal være mindst ${min}${unit ? ` ${unit}` : ''}`,
  wholeNumber: (label: string) => `${label} skal være et helt tal`,
  number: (label: string) => `${label} skal være et tal`,
  lineNeedsAmount: (label: string) =>
    `${label}: angiv et beløb, vælg en pris fra priskataloget, eller markér linjen som en antagelse, der skal udfyldes`,
  lineLabel: 'Betegnelse skal udfyldes',
  reasonRequired: 'Begrundelse for ændringen skal udfyldes',
  priceYearRequired: 'Prisår skal udfyldes',
  priceYearRange: 'Prisår skal være et årstal mellem 1990 og 2100',
  priceNameRequired: 'Navn skal udfyldes',
  priceUnitRequired: 'Enhed skal udfyldes',
  priceAmountNeedsSource: 'Beløb kræver en kilde: angiv kilden, eller lad beløbet stå tomt (markeres som manglende)',
  priceAmountRange: 'Beløb skal være 0 kr. eller mere',
  indexNameRequired: 'Indeksets navn skal udfyldes',
  indexBaseYearMissing: (year: number) => `Indekset mangler en værdi for basisåret ${year}`,
  indexPointRange: 'Indeksværdier skal være større end 0',
  unknownPrice: 'Prisen findes ikke i priskataloget',
  missingPriceUsed: (name: string) => `Prisen "${name}" mangler et beløb i priskataloget; beregningen regner den som 0 kr.`,
  caseNeedsParent: 'En business case skal høre til et forslag eller et projekt',
  versionUnknown: 'Versionen findes ikke',
  // Fields' Danish labels with units, used by the form and by the messages above.
  labels: {
    horizonYears: 'Tidshorisont',
    discountRatePercent: 'Diskonteringsrente',
    participants: 'Deltagere pr. hold',
    cohorts: 'Antal hold',
    grossSuccessRatePercent: 'Succesraten',
    deadweightPercent: 'Dødvægt',
    attributionPercent: 'Andel der skyldes andre indsatser (attribution)',
    engagementRatePercent: 'Gennemførelsesandel',
    dropOffPercent: 'Aftagende effekt pr. år',
    effectDurationYears: 'Effektens varighed',
    monteCarloDraws: 'Antal Monte Carlo-træk',
    amountKr: 'Beløb',
    quantity: 'Antal enheder',
  },
  units: { percent: '%', years: 'år', kr: 'kr.', count: '' },
  /** Guidance shown under each assumption of the form. */
  guidance: {
    horizonYears: 'Hvor mange år frem regnes gevinster og udgifter. Skandia-sager regner typisk 5-10 år.',
    discountRatePercent:
      'Finansministeriets samfundsøkonomiske diskonteringsrente; angiv kilden. 0 % = ingen diskontering.',
    participants: 'Borgere pr. hold (årgang). Antal hold starter ét om året fra år 0.',
    cohorts: 'Hvor mange hold (årgange) indsatsen kører.',
    grossSuccessRatePercent:
      'Andel af deltagerne, hvor indsatsen lykkes (før dødvægt). Bygger på en undersøgelse eller egne data; skriv kilden.',
    deadweightPercent: 'Andel, der ville have klaret sig lige så godt uden indsatsen (procentpoint).',
    attributionPercent: 'Andel af effekten, der skyldes andre indsatser end denne.',
    engagementRatePercent: 'Andel af deltagerne, der gennemfører forløbet.',
    dropOffPercent: 'Hvor meget effekten aftager hvert år efter det første.',
    effectDurationYears: 'Hvor mange år effekten varer; tomt = hele tidshorisonten.',
    monteCarloDraws: 'Antal træk i usikkerhedsanalysen (højst 20.000).',
  },
  // Texts of results.
  paysBackInYear: (year: number) => `Tjener sig hjem i år ${year}`,
  noPayback: (horizon: number) => `Tjener sig ikke hjem inden for ${horizon} år`,
  assumptionToFill: 'Antagelse, skal udfyldes',
  rerunReasonPrice: (name: string) => `Prisen "${name}" er ændret`,
  rerunReasonIndex: (name: string) => `Prisindekset "${name}" er ændret`,
  commentAnsweredNotice: (title: string) => `Din kommentar til forslaget "${title}" er besvaret`,
} as const;
