// Need categories of the offer catalogue: KRAMS (+S for søvn/stress, sociale relationer) as short codes,
// and KL's FSIII "Kommunale sundhedsfremme og forebyggelsesindsatser" with their official codes.
// FSIII source: KL FSIII CodeSystem (hl7dk/kl-term 2.3.0, urn:oid:1.2.208.176.2.21, version 20240530,
// commit c32a6c2ec18efadee00574ffd50e0d0af5e0f33c), the subtree's 15 concepts; definition = first line.
// Copied into the repository because the application must not read ../shared at run time.

export interface NeedCategoryDef {
  /** Stable code: a KRAMS word or an FSIII concept UUID. */
  code: string;
  /** Danish label. */
  label: string;
  system: 'KRAMS' | 'FSIII';
  /** Short Danish definition. */
  definition: string;
}

export const KRAMS_CATEGORIES: readonly NeedCategoryDef[] = [
  { code: 'kost', label: 'Kost', system: 'KRAMS', definition: 'Mad, måltider og ernæring.' },
  { code: 'rygning', label: 'Rygning', system: 'KRAMS', definition: 'Rygning, tobak og nikotin.' },
  { code: 'alkohol', label: 'Alkohol', system: 'KRAMS', definition: 'Forbrug af alkohol.' },
  { code: 'motion', label: 'Motion', system: 'KRAMS', definition: 'Fysisk aktivitet, træning og bevægelse.' },
  { code: 'søvn', label: 'Søvn', system: 'KRAMS', definition: 'Søvn og hvile.' },
  { code: 'stress', label: 'Stress', system: 'KRAMS', definition: 'Stress og mental trivsel.' },
  {
    code: 'sociale-relationer',
    label: 'Sociale relationer',
    system: 'KRAMS',
    definition: 'Fællesskab, netværk og ensomhed.',
  },
];

export const FSIII_CATEGORIES: readonly NeedCategoryDef[] = [
  {
    code: 'c203c6b5-3be0-40a8-8204-e93751deabf5',
    label: 'Tobaksafvænning',
    system: 'FSIII',
    definition: 'Rådgivning om og støtte til forandring af vaner i relation til tobaksanvendelse.',
  },
  {
    code: '01a500f6-c221-4fd0-b518-cd361218b60d',
    label: 'Madlavning i praksis',
    system: 'FSIII',
    definition:
      'Aktiviteter hvor kostråd, ernæringsanbefalinger samt hensigtsmæssige mad- og måltidsvaner omsættes til praksis.',
  },
  {
    code: '03a3ebdb-9e2d-4be1-b32b-42f0bd2a3362',
    label: 'Afsluttende samtale',
    system: 'FSIII',
    definition: 'Samtale der afslutter en eller flere indsatser.',
  },
  {
    code: '61692d91-69b8-4830-9453-3d58454e49d3',
    label: 'Færdighedstræning',
    system: 'FSIII',
    definition:
      'Vejledning, introduktion og igangsætning af aktiviteter, der bidrager til øget selvhjulpenhed i hverdagslivet.',
  },
  {
    code: '6d24992e-e0a2-43e7-bc27-0234622a8655',
    label: 'Nikotin- og tobaksafvænning',
    system: 'FSIII',
    definition: 'Rådgivning om og støtte til forandring af vaner i relation til nikotin- og tobaksafvænning.',
  },
  {
    code: '6eddbaf7-2a73-49d4-91e7-6138d419f58c',
    label: 'Afklarende samtale',
    system: 'FSIII',
    definition:
      'Samtale der sikrer afdækning af borgerens tilstande samt behov og motivation for forandring ud fra borgerens situation og ressourcer.',
  },
  {
    code: '924e9828-84cf-4689-9551-0ebb6dc71b98',
    label: 'Samtale om alkohol',
    system: 'FSIII',
    definition: 'Rådgivning om og støtte til hensigtsmæssig alkoholadfærd.',
  },
  {
    code: 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d',
    label: 'Fysisk træning',
    system: 'FSIII',
    definition: 'Superviserede aktiviteter der bidrager til øget muskelstyrke og/eller øget kondition.',
  },
  {
    code: 'abe847e0-1ce0-44dc-a675-ce05b66f47e6',
    label: 'Vejledning og introduktion til fysiske aktiviteter',
    system: 'FSIII',
    definition: 'Vejledning og støtte til at være fysisk aktiv "på egen hånd" og introduktion til fysiske aktiviteter.',
  },
  {
    code: 'c9a99304-1788-43b7-b7be-e187b092ae9c',
    label: 'Kostvejledning',
    system: 'FSIII',
    definition: 'Vejledning om de officielle (generelle) kostråd suppleret af relevante ernæringsanbefalinger.',
  },
  {
    code: 'cf7a55c2-7061-47ed-b7c5-e29620fe93bf',
    label: 'Diætbehandling',
    system: 'FSIII',
    definition:
      'En intervention i forhold til et ernæringsproblem, der er opstået som følge af sygdom eller behandling.',
  },
  {
    code: 'd1e016b5-150a-4ac4-97ba-d3e19e28471e',
    label: 'Opfølgning',
    system: 'FSIII',
    definition:
      'Aktivitet der følger op på borgerens fastholdelse af ændringer i hverdagslivet efter afsluttede indsatser.',
  },
  {
    code: 'e71b7d85-5c78-49c2-8624-8499d162317b',
    label: 'Sygdomshåndtering',
    system: 'FSIII',
    definition: 'Støtte til at forstå og håndtere livet med kronisk sygdom.',
  },
  {
    code: 'ee5606ac-1bed-487e-aa3c-72dcc30ec037',
    label: 'Behovssamtale',
    system: 'FSIII',
    definition: 'Samtale der bidrager til at afstemme borgerens motivation, ønsker og behov under igangværende forløb.',
  },
  {
    code: 'f30cab6d-2a42-4358-99d7-811127fb6e05',
    label: 'Mental håndtering',
    system: 'FSIII',
    definition: 'Vejledning eller undervisning i øvelser og teknikker, der fremmer mentalt velbefindende.',
  },
];

/** Every need category, KRAMS first, then FSIII in the code system's order. */
export const NEED_CATEGORIES: readonly NeedCategoryDef[] = [...KRAMS_CATEGORIES, ...FSIII_CATEGORIES];

const byCode = new Map(NEED_CATEGORIES.map((c) => [c.code, c]));
const byLabel = new Map(NEED_CATEGORIES.map((c) => [c.label.toLocaleLowerCase('da'), c]));

export function needCategoryByCode(code: string): NeedCategoryDef | undefined {
  return byCode.get(code);
}

/** A category by its code or its Danish label (case-insensitive), as typed in a CSV file or the seed. */
export function findNeedCategory(codeOrLabel: string): NeedCategoryDef | undefined {
  const key = codeOrLabel.trim();
  return byCode.get(key) ?? byLabel.get(key.toLocaleLowerCase('da'));
}
