// The municipality's documents (../shared/seeds/) and the sections every seeded fact points at.
// documentKey is the seed file's name stem, so a source can always be traced to its file.
import type { DocumentSeed, SourceSeed } from './types';

export const documents = {
  fokus2016: {
    documentKey: '000_2ad15f92315a20d8',
    title: 'Fokus på Sundhed',
    // The document gives a month only; a day would be invented.
    date: null,
    note: 'Notat dateret december 2016 (ingen dag angivet).',
  },
  strategi2016: {
    documentKey: '001_694796a7b4dd28d4',
    title: 'Strategi for sundhedsudvikling 2016-2017',
    date: null,
    note: 'Udateret notatark fra Stabsenhed for Sundhedsudvikling; strategien blev besluttet af Byrådet i september 2016 (jf. Fokus på Sundhed, afsnit 1).',
  },
  fokus2017: {
    documentKey: '002_0c0f653e85a89479',
    title: 'Fokus på Sundhed 2',
    date: '2017-01-03',
    note: 'Dokumentet er dateret "3. januar 2016", men omtaler udvalgsmødet i december 2016 og organiseringen fra januar 2017; datoen er læst som 3.1.2017.',
  },
  klyngeSyd2023: {
    documentKey: '003_54d817ac84b58f52',
    title: 'Dagsorden: Ekstraordinært møde i Politisk sundhedsklynge Syd',
    date: '2023-04-26',
    note: 'Dagsorden; feltet "Udvalgets beslutning" er ikke udfyldt i dokumentet.',
  },
  syddanmark: {
    documentKey: '004_34f1144947dbb059',
    title: 'Kommunernes rolle i det nære og sammenhængende sundhedsvæsen',
    date: null,
    note: 'Udateret fælleskommunalt papir fra de 22 kommuner i KKR Syddanmark.',
  },
  // The 2027 health reform (issue 10, docs/reference/reform.md): public sources read with the search tool.
  overgangsloven: {
    documentKey: 'lov-699-2025-overgangsloven',
    title: 'Lov om overgangen til en ny sundhedsstruktur (overgangsloven), lov nr. 699 af 20. juni 2025',
    date: '2025-06-20',
    url: 'https://www.elov.dk/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven/paragraf/126',
    note: 'Læst i den konsoliderede gengivelse på elov.dk.',
  },
  l214: {
    documentKey: 'ft-2024-25-L214',
    title:
      'L 214 (2024-25): Forslag til lov om ændring af regionsloven og forskellige andre love (ny regional forvaltningsmodel med sundhedsråd, afskaffelse af kontaktudvalg, sundhedsklynger, sundhedssamarbejdsudvalg, … kommunal medfinansiering …)',
    date: '2025-04-24',
    url: 'https://www.ft.dk/samling/20241/lovforslag/l214/20241_l214_som_fremsat.htm',
    note: 'Lovforslaget som fremsat 24.4.2025; Folketingets side angiver status "Stadfæstet". Ikrafttrædelsesdatoen for afskaffelsen er ikke læst.',
  },
  raadAmagerVestegnen: {
    documentKey: 'ritzau-14758086',
    title:
      'Behandling skal rykke tættere på borgerne i Sundhedsråd Amager og Vestegnen (pressemeddelelse, Region Østdanmark)',
    date: null,
    url: 'https://via.ritzau.dk/pressemeddelelse/14758086/behandling-skal-rykke-taettere-pa-borgerne-i-sundhedsrad-amager-og-vestegnen?lang=da&publisherId=13562843',
    note: 'Pressemeddelelsen omtaler mødet mandag 19.1.2026; udgivelsesdagen er ikke læst.',
  },
  opgaveflyt: {
    documentKey: 'regionoest-qa-opgaveflyt',
    title: 'Flytning af opgaver fra kommunerne til regionen – Q&A (Region Østdanmark)',
    date: null,
    url: 'https://www.regionoest.dk/politik/informationer-til-politikere/qa-om-opgaveflyt',
    note: 'Udateret webside.',
  },
  // Read 4.12.2026 for ADR 038 / docs/reference/reform.md (issue 10, the bodies task).
  overgangslovenLovguiden: {
    documentKey: 'lov-699-2025-overgangsloven-lovguiden',
    title: 'Lov om overgangen til en ny sundhedsstruktur (overgangsloven), lov nr. 699 af 20. juni 2025',
    date: '2025-06-20',
    url: 'https://www.lovguiden.dk/loven/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven',
    note: 'Læst i gengivelsen på lovguiden.dk: lovens anvendelsesområde (sammenlægningen og overførsel af opgaver fra kommunerne til regionerne med virkning fra 1.1.2027).',
  },
  // Read 5.12.2026 for ADR 069 (issue 13 item 5): what replaces kommunal medfinansiering.
  reformAftale: {
    documentKey: 'ism-2024-aftale-om-sundhedsreform',
    title:
      'Aftale om sundhedsreform 2024 (Indenrigs- og Sundhedsministeriet), oversendt som SUU Alm.del Bilag 65 (2024-25)',
    date: null,
    url: 'https://ft.dk/samling/20241/almdel/SUU/bilag/65/2938152/index.htm',
    note: "Aftalen er dateret november 2024 (ingen dag angivet). Kun forsiden og indledningen er læst; afsnittet om finansiering er læst i Dataproces' citat.",
  },
  dataprocesKmf: {
    documentKey: 'dataproces-kmf-afskaffelse',
    title: 'Hvilken økonomisk effekt har det at afskaffe den kommunale medfinansiering? (Dataproces)',
    date: null,
    url: 'https://dataproces.dk/nyheder/økonomiskredegørelseeffektmedfinansiering',
    note: 'Udateret artikel; citerer Aftale om sundhedsreform 2024: "den kommunale medfinansieringsordning og det resultatafhængige tilskud til regionernes sundhedsvæsen (nærhedsfinansiering) nedlægges", med en overgangsordning i 2027 og 2028.',
  },
  ssuSyddanmark: {
    documentKey: 'regionsyddanmark-sundhedssamarbejdsudvalget',
    title: 'Sundhedssamarbejdsudvalget (Region Syddanmark)',
    date: null,
    url: 'https://regionsyddanmark.dk/fagfolk/det-naere-sundhedsvaesen/sundhedsaftalen-og-organisering/sundhedssamarbejdsudvalget',
    note: 'Udateret webside; udvalget erstattede Sundhedskoordinationsudvalget ved etableringen af sundhedsklynger 1.7.2022.',
  },
} as const satisfies Record<string, DocumentSeed>;

type DocumentKey = keyof typeof documents;

function section(doc: DocumentKey, name: string, note: string | null = null): SourceSeed {
  const d: DocumentSeed = documents[doc];
  return {
    documentKey: d.documentKey,
    title: d.title,
    section: name,
    date: d.date,
    note: note ?? d.note ?? null,
    ...(d.url ? { url: d.url } : {}),
  };
}

// The document is the agenda: its decision fields are blank. The municipality's own overview states
// what the meeting decided (the recommendations), so the decision is recorded with this caveat.
const decidedAsRecommended =
  'Dokumentet er dagsordenen, og feltet "Udvalgets beslutning" er ikke udfyldt. Beslutningen er registreret som indstillet efter kommunens oplysning om mødets udfald.';

export const sources = {
  // 000 Fokus på Sundhed (december 2016)
  'fokus2016.baggrund': section('fokus2016', '1. Baggrund'),
  'fokus2016.sammenOmSundhed': section('fokus2016', '2.1 Organisering af sundhedsindsatsen – Sammen om sundhed'),
  'fokus2016.medfinansiering': section('fokus2016', '2.2 Den kommunale medfinansiering'),
  'fokus2016.ledelsesinformation': section('fokus2016', '2.3 Ledelsesinformationssystem'),
  'fokus2016.koordinering': section('fokus2016', '2.4 Koordinering af sundhedsindsatsen'),
  'fokus2016.udsatte': section('fokus2016', '2.5 Sundhed for socialt udsatte'),
  'fokus2016.andreProjekter': section('fokus2016', '2.6 Andre projekter på tegnebrættet'),
  'fokus2016.strategi': section('fokus2016', '3. Strategi for sundhed i Ishøj Kommune'),

  // 001 Strategi for sundhedsudvikling 2016-2017
  'strategi.socialgrupper': section(
    'strategi2016',
    'Sundhedsprofilen – tabel: Kommunesocialgrupper i Region Hovedstadens sundhedsprofil 2013',
  ),
  'strategi.sundhedsbegreb': section('strategi2016', 'Sundhedsprofilen – sundhedsbegrebet og KRAM-faktorerne'),
  'strategi.udgifter': section('strategi2016', 'Udgifter på sundhedsområdet'),
  'strategi.temaer': section('strategi2016', 'Strategi for sundhedsudvikling 2016-2017 – temaoversigt'),
  'strategi.temaA': section('strategi2016', 'Tema A: Koordinering af sundhedsindsatsen'),
  'strategi.temaB': section('strategi2016', 'Tema B: Organisation – tidsramme og økonomi'),
  'strategi.temaB.forum': section('strategi2016', 'Tema B: Tværgående sundhedsforum og specialistnetværk'),
  'strategi.temaB.sbn': section('strategi2016', 'Tema B: Sund By Netværket'),
  'strategi.temaC': section('strategi2016', 'Tema C: Sundhed til hjemløse'),
  'strategi.temaD': section('strategi2016', 'Tema D: Børn med overvægt'),
  'strategi.temaE': section('strategi2016', 'Tema E: Sundhed i Natur- og Friluftspolitikken'),
  'strategi.temaF': section('strategi2016', 'Tema F: Analyse af den aktivitetsbestemte medfinansiering'),
  'strategi.temaG': section('strategi2016', 'Tema G: Sundhed for udsatte borgere'),

  // 002 Fokus på Sundhed 2 (januar 2017)
  'fokus2017.indledning': section('fokus2017', 'Indledning'),
  'fokus2017.sundhedsstaben': section('fokus2017', 'Sundhedsstaben'),
  'fokus2017.sundhedsforum': section('fokus2017', 'Sundhedsforum'),
  'fokus2017.fagcentre': section('fokus2017', 'Fagcentre og stabsenheder der har fokus på borgernes sundhed'),
  'fokus2017.oekonomi': section(
    'fokus2017',
    'Særligt samarbejde mellem staben for Sundhed og Direktionscenter Økonomi',
  ),
  'fokus2017.konsekvenser': section('fokus2017', 'Konsekvenser af den foreslåede organisering og opgavefordeling'),
  'fokus2017.sammenOmSundhed': section('fokus2017', 'Sammen om sundhed'),

  // 003 Politisk sundhedsklynge Syd, ekstraordinært møde 26.4.2023
  'klynge.moede': section('klyngeSyd2023', 'Mødeoplysninger'),
  'klynge.deltagere': section('klyngeSyd2023', 'Medlemmer, bisiddere og sekretariat'),
  'klynge.punkt1': section('klyngeSyd2023', 'Punkt 1: Velkomst og godkendelse af dagsorden'),
  'klynge.punkt2': section(
    'klyngeSyd2023',
    'Punkt 2: Beslutning om indsatser på det psykiatriske område for 2023',
    decidedAsRecommended,
  ),
  'klynge.punkt3': section(
    'klyngeSyd2023',
    'Punkt 3: Beslutning om midler til indsatser på det somatiske område for 2023',
    decidedAsRecommended,
  ),

  // 004 Region Syddanmark: Kommunernes rolle i det nære og sammenhængende sundhedsvæsen
  'syd.samarbejde': section('syddanmark', 'Vi stiller krav til samarbejdet'),
  'syd.organisering': section('syddanmark', 'Organisering af sundhedssamarbejdet'),
  'syd.opgaveoverdragelse': section('syddanmark', 'Model for aftalt og planlagt opgaveoverdragelse'),
  'syd.tvaerkommunalt': section('syddanmark', 'Det tværkommunale samarbejde'),
  'syd.tvaersektorielt': section('syddanmark', 'Det tværsektorielle samarbejde'),
  'syd.oversigt': section('syddanmark', 'Oversigt over fora'),

  // The 2027 health reform (docs/reference/reform.md)
  'reform.regionOestdanmark': section('overgangsloven', '§ 126'),
  'reform.l214': section('l214', 'Titel'),
  'reform.raadAmagerVestegnen': section('raadAmagerVestegnen', 'Første møde 19.1.2026'),
  'reform.opgaveflyt': section('opgaveflyt', 'Baggrund for opgaveflyttet'),
  'reform.opgaveoverfoersel': section(
    'overgangslovenLovguiden',
    '§ 1-2: Overførsel af opgaver fra kommunerne til regionerne med virkning fra 1.1.2027',
  ),
  'reform.ssuSyddanmark': section('ssuSyddanmark', 'Sundhedssamarbejdsudvalget'),
  'reform.kmfNedlaegges': section(
    'dataprocesKmf',
    'Citat af Aftale om sundhedsreform 2024: kommunal medfinansiering og nærhedsfinansiering nedlægges; overgangsordning i 2027 og 2028',
  ),
  'reform.aftale': section('reformAftale', 'Forside og indledning'),
  // 003: the January meeting is known only from the April agenda's background.
  'klynge.januar': section(
    'klyngeSyd2023',
    'Punkt 3: Beslutning om midler til indsatser på det somatiske område for 2023 (sagsfremstilling om mødet 18.1.2023)',
    'Mødet 18.1.2023 kendes kun fra sagsfremstillingen på dagsordenen 26.4.2023; dets egen dagsorden og referat er ikke blandt dokumenterne.',
  ),
} as const satisfies Record<string, SourceSeed>;

export type SourceKey = keyof typeof sources;
