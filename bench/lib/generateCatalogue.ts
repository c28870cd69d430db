// A synthetic offer catalogue for benchmarks and load tests (issue 4, deliverable 2): N offers over many
// municipalities, Danish names and descriptions from word lists, deterministic for a seed, written with
// one INSERT … json_populate_recordset statement per batch (the search trigger fills the documents).
// Generated data is never committed; it lives only in the database it is written to.
import { at } from '@sundhed/shared/at';
import { createRng } from '@sundhed/calc';
import type { Db } from '../../apps/api/src/db/prisma';
import { bulkInsert } from '../../apps/api/src/seed/bulkInsert';

export interface CatalogueOptions {
  offers: number;
  municipalities: number;
  seed: number;
  /** Offers per INSERT statement. */
  batchSize?: number;
  /** Existing municipalities (e.g. the demo's) that get their share of the offers too. */
  includeMunicipalityIds?: string[];
}

export interface GeneratedCatalogue {
  regionId: string;
  municipalityIds: string[];
  offers: number;
}

/** The project's seeded generator (mulberry32, @sundhed/calc): the same sequence for the same seed. */
function random(seed: number) {
  const next = createRng(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => at(list, Math.floor(next() * list.length));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  return { next, int, pick, uuid };
}

interface Activity {
  word: string;
  needs: string[];
  about: string;
}

const activities: readonly Activity[] = [
  {
    word: 'Rygestop',
    needs: ['rygning', 'c203c6b5-3be0-40a8-8204-e93751deabf5'],
    about: 'hjælp til at blive røgfri med støtte fra en rygestopinstruktør',
  },
  {
    word: 'Styrketræning',
    needs: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'træning af muskler og kondition i eget tempo',
  },
  {
    word: 'Balancetræning',
    needs: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'øvelser der forebygger fald i hverdagen',
  },
  {
    word: 'Varmtvandstræning',
    needs: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'skånsom træning i varmt vand, der aflaster led og muskler',
  },
  {
    word: 'Madlavning',
    needs: ['kost', '01a500f6-c221-4fd0-b518-cd361218b60d'],
    about: 'sund og billig mad lavet sammen med andre',
  },
  {
    word: 'Kostvejledning',
    needs: ['kost', 'c9a99304-1788-43b7-b7be-e187b092ae9c'],
    about: 'råd om mad og måltider fra en diætist',
  },
  { word: 'Vægttab', needs: ['kost', 'motion'], about: 'støtte til at tabe sig og holde vægten' },
  {
    word: 'Stresshåndtering',
    needs: ['stress', 'f30cab6d-2a42-4358-99d7-811127fb6e05'],
    about: 'redskaber til at mærke stress og finde ro',
  },
  {
    word: 'Mindfulness',
    needs: ['stress', 'f30cab6d-2a42-4358-99d7-811127fb6e05'],
    about: 'øvelser i nærvær, vejrtrækning og afspænding',
  },
  { word: 'Søvnskole', needs: ['søvn'], about: 'gode søvnvaner og hjælp til at sove bedre' },
  {
    word: 'Alkoholrådgivning',
    needs: ['alkohol', '924e9828-84cf-4689-9551-0ebb6dc71b98'],
    about: 'anonyme samtaler, hvis du drikker for meget',
  },
  { word: 'Gåtur', needs: ['motion', 'sociale-relationer'], about: 'gåture i fællesskab i naturen' },
  { word: 'Fodbold', needs: ['motion', 'sociale-relationer'], about: 'fodbold uden krav, hvor alle kan være med' },
  { word: 'Dans', needs: ['motion', 'sociale-relationer'], about: 'dans til musik for begyndere' },
  {
    word: 'Diabetesskole',
    needs: ['e71b7d85-5c78-49c2-8624-8499d162317b', 'c9a99304-1788-43b7-b7be-e187b092ae9c'],
    about: 'undervisning om blodsukker, medicin, mad og motion ved type 2-diabetes',
  },
  {
    word: 'KOL-træning',
    needs: ['e71b7d85-5c78-49c2-8624-8499d162317b', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'træning og vejrtrækningsteknik for mennesker med KOL',
  },
  {
    word: 'Hjertegenoptræning',
    needs: ['e71b7d85-5c78-49c2-8624-8499d162317b', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'genoptræning efter blodprop i hjertet',
  },
  {
    word: 'Patientuddannelse',
    needs: ['e71b7d85-5c78-49c2-8624-8499d162317b'],
    about: 'at leve med kronisk sygdom, smerter og træthed',
  },
  {
    word: 'Nyttehave',
    needs: ['kost', 'sociale-relationer', '61692d91-69b8-4830-9453-3d58454e49d3'],
    about: 'dyrkning af grøntsager og krydderurter i fællesskab',
  },
  { word: 'Fællesspisning', needs: ['kost', 'sociale-relationer'], about: 'et sundt måltid og godt selskab' },
  {
    word: 'Lægetjek',
    needs: ['6eddbaf7-2a73-49d4-91e7-6138d419f58c'],
    about: 'en helbredsundersøgelse og en samtale om sundhed',
  },
  {
    word: 'Sundhedssamtale',
    needs: ['ee5606ac-1bed-487e-aa3c-72dcc30ec037'],
    about: 'en samtale om vaner, trivsel og mål',
  },
  {
    word: 'Bækkenbundstræning',
    needs: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'træning af bækkenbunden efter fødsel eller operation',
  },
  {
    word: 'Seniorfitness',
    needs: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d'],
    about: 'fitness tilpasset ældre kroppe',
  },
  { word: 'Svømning', needs: ['motion'], about: 'svømning og vandgymnastik med instruktør' },
  { word: 'Yoga', needs: ['motion', 'stress'], about: 'rolig yoga for krop og sind' },
];

const forms = ['kursus', 'hold', 'forløb', 'klub', 'café', 'værksted', 'gruppe'] as const;
const audiences: readonly { text: string; groups: string[]; min?: number; max?: number }[] = [
  { text: 'for ældre', groups: ['ældre'], min: 65 },
  { text: 'for seniorer', groups: ['ældre', 'seniorer'], min: 60 },
  { text: 'for unge', groups: ['unge'], min: 13, max: 24 },
  { text: 'for børn', groups: ['børn', 'familier'], min: 4, max: 12 },
  { text: 'for familier', groups: ['familier', 'børn'] },
  { text: 'for mænd', groups: ['mænd', 'voksne'], min: 18 },
  { text: 'for kvinder', groups: ['kvinder', 'voksne'], min: 18 },
  { text: 'for gravide', groups: ['gravide'], min: 16 },
  { text: 'for pårørende', groups: ['pårørende', 'voksne'], min: 18 },
  { text: 'for nydanskere', groups: ['nydanskere', 'voksne'], min: 18 },
  { text: 'for socialt udsatte', groups: ['socialt udsatte', 'hjemløse'], min: 18 },
  { text: 'for voksne', groups: ['voksne'], min: 18 },
];
const places = [
  'Nordby',
  'Søndermark',
  'Vestbyen',
  'Østerbro',
  'Strandparken',
  'Bakkegården',
  'Lindevang',
  'Enghaven',
  'Skovlunden',
  'Havnen',
  'Bymidten',
  'Møllevangen',
  'Kærgården',
  'Åparken',
  'Højvang',
];
const towns = [
  'Nordkøbing',
  'Sønderlev',
  'Vesterå',
  'Østerby',
  'Havnsø',
  'Bakkely',
  'Lindholm',
  'Engsted',
  'Skovby',
  'Møllerup',
  'Kærby',
  'Ålstrup',
  'Højby',
  'Fjordlev',
  'Bøgelund',
  'Strandby',
  'Egebjerg',
  'Rosenlund',
  'Tårnby Vest',
  'Kildevang',
];
const streets = [
  'Skolevej',
  'Kirkegade',
  'Stationsvej',
  'Parkvej',
  'Søvej',
  'Engvej',
  'Bakkevej',
  'Møllevej',
  'Skovvej',
  'Strandvejen',
];
const units = [
  'Sundhedscentret',
  'Træningscentret',
  'Forebyggelsesteamet',
  'Socialcentret',
  'Ungehuset',
  'Ældreområdet',
];
const languageSets = [['da'], ['da'], ['da'], ['da', 'en'], ['da', 'ar'], ['da', 'tr'], ['da', 'en', 'ur']];
const formatSets = [['hold'], ['hold'], ['individuel'], ['hold', 'online'], ['telefon'], ['åbent tilbud']];
const statuses = [
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'TEMPORARILY_CLOSED',
  'INACTIVE',
  'ENDED',
] as const;

function sentence(r: ReturnType<typeof random>, a: Activity, audience: string, form: string, place: string): string {
  const openers = [`Et ${form} med ${a.about}.`, `Her får du ${a.about}.`, `Tilbuddet giver ${a.about}.`];
  const extras = [
    `Vi mødes i ${place} én gang om ugen.`,
    'Du kan selv melde dig til, eller din læge kan henvise dig.',
    'Det er gratis at deltage, og du behøver ikke have prøvet det før.',
    'En sundhedsfaglig medarbejder leder forløbet og tager en samtale med dig først.',
    'Tag gerne en ven eller et familiemedlem med.',
    'Der er kaffe og tid til snak bagefter.',
    `Forløbet er tilrettelagt ${audience}.`,
    'Pladserne fordeles efter først til mølle.',
  ];
  const n = r.int(2, 4);
  const chosen = new Set<string>();
  while (chosen.size < n) chosen.add(r.pick(extras));
  return [r.pick(openers), ...chosen].join(' ');
}

export async function generateCatalogue(db: Db, options: CatalogueOptions): Promise<GeneratedCatalogue> {
  const r = random(options.seed);
  const batchSize = options.batchSize ?? 2500;
  const regionId = r.uuid();
  const municipalities = Array.from({ length: options.municipalities }, (_, i) => ({
    id: r.uuid(),
    name: `Syntetisk ${towns[i % towns.length]} Kommune ${String(i + 1).padStart(3, '0')}`,
    code: null,
    kind: 'MUNICIPALITY',
    regionId,
    socialGroup: null,
  }));
  const existing = options.includeMunicipalityIds?.length
    ? await db.municipality.findMany({
        where: { id: { in: options.includeMunicipalityIds } },
        select: { id: true, name: true },
      })
    : [];
  const orgUnits = municipalities.flatMap((m) =>
    units.map((name) => ({
      id: r.uuid(),
      municipalityId: m.id,
      name,
      kind: 'CENTRE',
      parentId: null,
      description: `${name} i ${m.name}.`,
    })),
  );
  // Existing municipalities get their own synthetic units (names that cannot clash with real ones).
  const existingUnits = existing.flatMap((m) =>
    units.map((name) => ({
      id: r.uuid(),
      municipalityId: m.id,
      name: `${name} (syntetisk ${options.seed})`,
      kind: 'CENTRE',
      parentId: null,
      description: `Syntetisk enhed i ${m.name}.`,
    })),
  );
  await bulkInsert(db, [
    {
      table: 'Region',
      rows: [
        { id: regionId, code: `SYN-${options.seed}-${regionId.slice(0, 8)}`, name: `Syntetisk region ${options.seed}` },
      ],
    },
    { table: 'Municipality', rows: municipalities },
    { table: 'OrgUnit', rows: [...orgUnits, ...existingUnits] },
  ]);
  const allMunicipalities = [...municipalities, ...existing.map((m) => ({ ...m, name: `Syntetisk ${m.name}` }))];
  const allUnits = [...orgUnits, ...existingUnits];

  const now = new Date('2026-11-01T10:00:00Z').getTime();
  const names = new Set<string>();
  for (let start = 0; start < options.offers; start += batchSize) {
    const offers: object[] = [];
    const locations: object[] = [];
    const schedules: object[] = [];
    for (let i = start; i < Math.min(options.offers, start + batchSize); i++) {
      const m = at(allMunicipalities, i % allMunicipalities.length);
      const unit = at(allUnits, (i % allMunicipalities.length) * units.length + r.int(0, units.length - 1));
      const a = r.pick(activities);
      const form = r.pick(forms);
      const audience = r.pick(audiences);
      const place = r.pick(places);
      let name = `${a.word}${form === 'café' || form === 'hold' ? ` ${form}` : form} ${audience.text} i ${place}`;
      if (r.next() < 0.4) name = `${a.word} ${audience.text}`;
      for (let k = 2; names.has(`${m.id}|${name}`); k++) name = `${name.replace(/ \(\d+\)$/, '')} (${k})`;
      names.add(`${m.id}|${name}`);
      const id = r.uuid();
      const free = r.next() < 0.7;
      offers.push({
        id,
        municipalityId: m.id,
        ownerUnitId: unit.id,
        name,
        shortDescription: `${a.word} ${audience.text}: ${a.about}.`,
        description: sentence(r, a, audience.text, form, place),
        status: r.pick(statuses),
        accessRoutes: r.next() < 0.7 ? ['SELF_REFERRAL'] : ['GP_REFERRAL', 'CLARIFYING_TALK'],
        eligibility: null,
        minAge: audience.min ?? null,
        maxAge: audience.max ?? null,
        targetGroups: audience.groups,
        needCategories: a.needs,
        costKr: free ? 0 : r.pick([50, 100, 250, 400]),
        languages: r.pick(languageSets),
        formats: r.pick(formatSets),
        contactName: `${unit.name}`,
        contactEmail: `sundhed${(i % municipalities.length) + 1}@syntetisk.example`,
        contactPhone: `${r.int(20, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
        professionalPhone: `${r.int(20, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
        intakeNotes: 'Syntetisk note til visitationen.',
        isDemoData: true,
        updatedAt: new Date(now - r.int(0, 700) * 86_400_000).toISOString(),
      });
      const locationId = r.uuid();
      const postalCode = String(2600 + (i % municipalities.length) * 10 + r.int(0, 5));
      locations.push({
        id: locationId,
        offerId: id,
        name: `${unit.name}, ${place}`,
        address: `${r.pick(streets)} ${r.int(1, 120)}`,
        postalCode,
        city: m.name.replace(/^Syntetisk | Kommune.*$/g, ''),
      });
      schedules.push({
        id: r.uuid(),
        offerId: id,
        locationId,
        kind: 'RECURRING',
        weekday: r.int(1, 5),
        opensAt: `${r.int(9, 18)}:00`,
        closesAt: `${r.int(19, 21)}:00`,
      });
    }
    await bulkInsert(db, [
      { table: 'Offer', rows: offers },
      { table: 'OfferLocation', rows: locations },
      { table: 'OfferSchedule', rows: schedules },
    ]);
  }
  return { regionId, municipalityIds: allMunicipalities.map((m) => m.id), offers: options.offers };
}
