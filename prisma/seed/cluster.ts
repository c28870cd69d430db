// Politisk Sundhedsklynge Syd (Region Hovedstaden) and its extraordinary meeting of 26.4.2023 (seed 003).
// The member list of the agenda names people; here they appear by function only.
import type { BodyMemberSeed, BodySeed, ClusterMemberSeed, ClusterSeed, FollowUpSeed } from './types';

export const CLUSTER_NAME = 'Politisk Sundhedsklynge Syd';
export const HEALTH_COUNCIL_NAME = 'Sundhedsråd Amager og Vestegnen';
export const MEETING_2023_01_18 = 'syd-2023-01-18';
export const MEETING_2023_04_26 = 'syd-2023-04-26';

const mayor = (name: string, role: ClusterMemberSeed['role'] = 'MEMBER'): ClusterMemberSeed => ({
  kind: 'MUNICIPALITY',
  name: `${name} Kommune`, // all ten are "<name> Kommune" officially
  municipality: name,
  role,
  representedBy: 'borgmester',
  source: 'klynge.deltagere',
});

const members: ClusterMemberSeed[] = [
  {
    kind: 'REGION',
    name: 'Region Hovedstaden',
    region: 'hovedstaden',
    role: 'CO_CHAIR',
    representedBy: 'regionsrådsformand (medformand og mødeleder); tre regionspolitikere',
    source: 'klynge.deltagere',
  },
  mayor('Ishøj', 'CO_CHAIR'),
  mayor('Albertslund'),
  mayor('Brøndby'),
  mayor('Dragør'),
  mayor('Glostrup'),
  mayor('Hvidovre'),
  mayor('Høje-Taastrup'),
  mayor('Rødovre'),
  mayor('Tårnby'),
  mayor('Vallensbæk'),
  {
    kind: 'MUNICIPALITY',
    name: 'Københavns Kommune, Sundheds- og Omsorgsforvaltningen',
    municipality: 'København',
    role: 'MEMBER',
    representedBy: 'borgmester (Sundhed og Omsorg)',
    source: 'klynge.deltagere',
  },
  {
    kind: 'GENERAL_PRACTICE',
    name: 'PLO-Hovedstaden',
    role: 'MEMBER',
    representedBy: 'to praktiserende læger',
    source: 'klynge.deltagere',
  },
  {
    kind: 'HOSPITAL',
    name: 'Amager og Hvidovre Hospital',
    role: 'MEMBER',
    representedBy: 'hospitalsdirektør (bisidder); hospitalet varetager sekretariatet sammen med Ishøj Kommune',
    source: 'klynge.deltagere',
  },
];

const recommendation3 = [
  'at Politisk sundhedsklynge Syd godkender forslag om at øge tildelte midler til den fælles ammeindsats fra 500.000 kr. til 1 mio. kr. i 2023',
  'at Politisk sundhedsklynge Syd godkender forslag om at ændre udmøntningen af midler til overvægtsindsatsen fra en to-årig ansættelse til to et-årige ansættelser og herved øger tildelte midler til den tværsektorielle indsats om overvægt fra 1 mio. kr. til 2 mio. kr. i 2023',
].join('\n');

/**
 * "Faglig klynge følger op på møder i juni og oktober, hvorefter der på mødet i november 2023 … fremlægges en
 * status": three follow-up points per decision. The document names months only, so the due day is the
 * month's last day and says so; whether they were done is not in the documents, so they stay open.
 */
function followUps(agendaItem: string, source: FollowUpSeed['source']): FollowUpSeed[] {
  const monthOnly =
    'Dokumentet nævner kun måneden; fristen er sat til månedens sidste dag. Om punktet er udført, fremgår ikke af dokumenterne.';
  return [
    {
      agendaItem,
      text: 'Opfølgning på møde i faglig klynge i juni 2023',
      responsible: 'Faglig klynge',
      dueDate: '2023-06-30',
      status: 'OPEN',
      note: monthOnly,
      source,
    },
    {
      agendaItem,
      text: 'Opfølgning på møde i faglig klynge i oktober 2023',
      responsible: 'Faglig klynge',
      dueDate: '2023-10-31',
      status: 'OPEN',
      note: monthOnly,
      source,
    },
    {
      agendaItem,
      text: 'Status for de politisk prioriterede indsatser fremlægges for Politisk sundhedsklynge Syd på mødet i november 2023',
      responsible: 'Faglig klynge',
      dueDate: '2023-11-30',
      status: 'OPEN',
      note: monthOnly,
      source,
    },
  ];
}

const followUp =
  'Faglig klynge følger op på møder i juni og oktober; på mødet i november 2023 fremlægges en status for de politisk prioriterede indsatser.';

export const cluster: ClusterSeed = {
  name: CLUSTER_NAME,
  kind: 'POLITICAL',
  region: 'hovedstaden',
  source: 'klynge.deltagere',
  // L 214 (adopted) abolishes the health clusters and creates the sundhedsråd; the day the cluster ends is
  // not confirmed by a source read, so validTo stays open (docs/reference/reform.md).
  successor: HEALTH_COUNCIL_NAME,
  members,
  followUps: [2, 3].flatMap((n) =>
    followUps(`${MEETING_2023_04_26}#${n}`, n === 2 ? 'klynge.punkt2' : 'klynge.punkt3'),
  ),
  meetings: [
    {
      key: MEETING_2023_01_18,
      date: '2023-01-18',
      title: 'Møde i Politisk sundhedsklynge Syd',
      // Neither place, agenda nor minutes of this meeting are among the documents.
      place: null,
      minutesPublished: false,
      source: 'klynge.januar',
      agendaItems: [
        {
          // The item's number and wording are unknown; one item holds what the April agenda says was decided.
          number: 1,
          title: 'Klyngemidler 2023 (punktets nummer og ordlyd fremgår ikke af dokumenterne)',
          recommendation: null,
          decision:
            'Ifølge sagsfremstillingen på dagsordenen 26.4.2023: tildelt 500.000 kr. til Den gode start på livet – fælles ammeindsats (der blev rejst spørgsmål ved, om beløbet er tilstrækkeligt), 1 mio. kr. i 2023 til Tværsektoriel indsats om overvægt (én to-årig ansættelse over 2023 og 2024) og midler til Den gode overgang – fra indlæggelse til udskrivelse (beløbet fremgår ikke).',
          outcome: 'APPROVED',
          source: 'klynge.januar',
        },
      ],
    },
    {
      key: MEETING_2023_04_26,
      date: '2023-04-26',
      title: 'Ekstraordinært møde i Politisk sundhedsklynge Syd',
      place: 'Teams',
      kind: 'EXTRAORDINARY',
      source: 'klynge.moede',
      agendaItems: [
        {
          number: 1,
          title: 'Velkomst og godkendelse af dagsorden',
          recommendation: 'at Politisk sundhedsklynge Syds medlemmer godkender dagsordenen.',
          // The agenda's decision field is blank and nothing else records this item's outcome.
          decision: null,
          source: 'klynge.punkt1',
        },
        {
          number: 2,
          title: 'Beslutning om indsatser på det psykiatriske område for 2023',
          recommendation:
            'at Politisk sundhedsklynge Syd godkender at prioritere samt tildele klyngemidler til indsatsen på psykiatriområdet i 2023. Konkret foreslås to tværsektorielle medarbejdere på hhv. børne-/ungeområdet og voksenområdet, der koordinerer kommunernes samarbejde med psykiatrien om at konkretisere og implementere samarbejdsaftalen: 1 mio. kr. til børne- og ungepsykiatriområdet og 1 mio. kr. til voksenpsykiatriområdet (2 årsværk inkl. administrationsomkostninger, materiale og fælles workshops).',
          outcome: 'APPROVED',
          decision: `Godkendt som indstillet: klyngemidler i 2023 til implementering af eksisterende aftaler på psykiatriområdet, 1 mio. kr. til børne- og ungepsykiatriområdet og 1 mio. kr. til voksenpsykiatriområdet. ${followUp}`,
          source: 'klynge.punkt2',
        },
        {
          number: 3,
          title: 'Beslutning om midler til indsatser på det somatiske område for 2023',
          recommendation: recommendation3,
          outcome: 'APPROVED',
          decision: `Godkendt som indstillet: midlerne til Den gode start på livet – fælles ammeindsats øges fra 500.000 kr. til 1 mio. kr. i 2023. Tværsektoriel indsats om overvægt udmøntes som to et-årige projektansættelser i Hvidovre og Vallensbæk Kommuner (medio 2023 – medio 2024) i stedet for én to-årig ansættelse: 1 mio. kr. til børne- og ungeområdet og 1 mio. kr. til voksenområdet i 2023, som en fremskudt brug af midler frem for en øgning. ${followUp}`,
          source: 'klynge.punkt3',
        },
      ],
    },
  ],
  grants: [
    {
      area: 'PSYCHIATRY',
      title: 'Implementering af eksisterende aftaler – børne- og ungepsykiatri',
      purpose:
        'En tværsektoriel medarbejder koordinerer kommunernes samarbejde med psykiatrien om at konkretisere og implementere samarbejdsaftalen (bl.a. tværsektorielle netværksmøder, udskrivningsaftaler/koordinationsplaner, KIT og ledsagelse til behandling). Midlerne dækker ansættelse inkl. administrationsomkostninger, materiale og fælles workshops.',
      targetGroup: 'Børne- og ungepsykiatriområdet',
      year: 2023,
      hostMunicipality: null,
      posts: '1 tværsektoriel medarbejder (af i alt 2 årsværk på psykiatriområdet)',
      source: 'klynge.punkt2',
      changes: [
        {
          agendaItem: `${MEETING_2023_04_26}#2`,
          previousAmountKr: null,
          newAmountKr: 1_000_000,
          effectiveDate: '2023-04-26',
          note: 'Tildelt ved beslutningen om indsatser på det psykiatriske område for 2023.',
          source: 'klynge.punkt2',
        },
      ],
    },
    {
      area: 'PSYCHIATRY',
      title: 'Implementering af eksisterende aftaler – voksenpsykiatri',
      purpose:
        'En tværsektoriel medarbejder koordinerer kommunernes samarbejde med psykiatrien om at konkretisere og implementere samarbejdsaftalen (bl.a. tværsektorielle netværksmøder, udskrivningsaftaler/koordinationsplaner, KIT og ledsagelse til behandling). Midlerne dækker ansættelse inkl. administrationsomkostninger, materiale og fælles workshops.',
      targetGroup: 'Voksenpsykiatriområdet',
      year: 2023,
      hostMunicipality: null,
      posts: '1 tværsektoriel medarbejder (af i alt 2 årsværk på psykiatriområdet)',
      source: 'klynge.punkt2',
      changes: [
        {
          agendaItem: `${MEETING_2023_04_26}#2`,
          previousAmountKr: null,
          newAmountKr: 1_000_000,
          effectiveDate: '2023-04-26',
          note: 'Tildelt ved beslutningen om indsatser på det psykiatriske område for 2023.',
          source: 'klynge.punkt2',
        },
      ],
    },
    {
      area: 'SOMATIC',
      title: 'Den gode start på livet – fælles ammeindsats',
      purpose:
        'Opbygning af en fælles ammeindsats. Midlerne dækker bl.a. 1 årsværk til en medarbejder, der opbygger indsatsen, honorering af ressourcepersoner med særlig faglig indsigt, brugerinddragelsesaktiviteter og patientinformationsmateriale til familier og undervisningsmateriale til personale.',
      targetGroup: 'Familier med nyfødte',
      year: 2023,
      hostMunicipality: null,
      posts: '1 årsværk til opbygning af indsatsen',
      source: 'klynge.punkt3',
      changes: [
        {
          // The January meeting's own agenda is not among the documents: its one recorded item.
          agendaItem: `${MEETING_2023_01_18}#1`,
          previousAmountKr: null,
          newAmountKr: 500_000,
          effectiveDate: '2023-01-18',
          note: 'Tildelt på mødet i Politisk sundhedsklynge Syd 18.1.2023; der blev rejst spørgsmål ved, om beløbet er tilstrækkeligt.',
          source: 'klynge.punkt3',
        },
        {
          agendaItem: `${MEETING_2023_04_26}#3`,
          previousAmountKr: 500_000,
          newAmountKr: 1_000_000,
          effectiveDate: '2023-04-26',
          note: 'Øget fra 500.000 kr. til 1 mio. kr. efter en kvalificering af indsatsen.',
          source: 'klynge.punkt3',
        },
      ],
    },
    {
      area: 'SOMATIC',
      title: 'Tværsektoriel indsats om overvægt',
      purpose:
        'Identificering af målgrupper og en model for tværsektorielt samarbejde om behandling af syge og svært overvægtige borgere; afdækning af behov og af virksomme indsatser til forebyggelse/nedbringelse af svær overvægt blandt børn og voksne; forslag til borgerinddragelse om sundere vaner. Hvidovre og Vallensbæk Kommuner varetager en hurtig afdækning af de eksisterende tilbud på overvægtsområdet i Sydklyngen.',
      targetGroup:
        'Børn/unge og voksne med svær overvægt (1 mio. kr. til børne- og ungeområdet og 1 mio. kr. til voksenområdet i 2023)',
      year: 2023,
      // Two host municipalities (one post each). Not seeded as a split: the document does not say which part
      // (children/young or adults) each municipality hosts, so both are named in `posts`.
      hostMunicipality: null,
      // "en fremskudt brug af midler frem for en øgning": the second million is 2024 money used in 2023.
      advancedFromYear: 2024,
      posts:
        'To et-årige projektmedarbejdere, én i Hvidovre Kommune og én i Vallensbæk Kommune, fra medio 2023 til medio 2024 (i stedet for én to-årig ansættelse)',
      source: 'klynge.punkt3',
      changes: [
        {
          agendaItem: `${MEETING_2023_01_18}#1`,
          previousAmountKr: null,
          newAmountKr: 1_000_000,
          effectiveDate: '2023-01-18',
          note: 'Besluttet på mødet i Politisk Sundhedsklynge Syd 18.1.2023: 1 mio. kr. i 2023 til én to-årig ansættelse over 2023 og 2024.',
          source: 'klynge.punkt3',
        },
        {
          agendaItem: `${MEETING_2023_04_26}#3`,
          previousAmountKr: 1_000_000,
          newAmountKr: 2_000_000,
          effectiveDate: '2023-04-26',
          note: 'Ændret til to et-årige ansættelser med start i 2023: 1 mio. kr. til børne- og ungeområdet og 1 mio. kr. til voksenområdet. Der er ikke truffet beslutning om midler i 2024; forslaget er en fremskudt brug af midler frem for en øgning.',
          source: 'klynge.punkt3',
        },
      ],
    },
    {
      area: 'SOMATIC',
      title: 'Den gode overgang – fra indlæggelse til udskrivelse',
      purpose: null,
      targetGroup: null,
      year: 2023,
      hostMunicipality: null,
      posts: null,
      source: 'klynge.punkt3',
      changes: [
        {
          agendaItem: `${MEETING_2023_01_18}#1`,
          previousAmountKr: null,
          // Funded, but no document states the amount.
          newAmountKr: null,
          effectiveDate: '2023-01-18',
          note: 'Tildelt midler på mødet i Politisk sundhedsklynge Syd i januar 2023; beløbet fremgår ikke af dokumentet.',
          source: 'klynge.punkt3',
        },
      ],
    },
  ],
};

/**
 * Sundhedsråd Amager og Vestegnen (the 2027 reform): confirmed by Region Østdanmark's press release on its
 * first meeting, 19.1.2026 at Hvidovre Hospital: politicians of the coming Region Østdanmark and of nine
 * municipalities (19 in all). Its own members, not the cluster renamed: Rødovre and København are not in it.
 * validFrom is the first meeting, the earliest day a source shows the råd acting.
 */
const councilMember = (name: string): ClusterMemberSeed => ({
  kind: 'MUNICIPALITY',
  name: `${name} Kommune`,
  municipality: name,
  role: 'MEMBER',
  representedBy: 'kommunalpolitikere (antal pr. kommune fremgår ikke af kilden)',
  source: 'reform.raadAmagerVestegnen',
});

export const healthCouncil: ClusterSeed = {
  name: HEALTH_COUNCIL_NAME,
  kind: 'HEALTH_COUNCIL',
  region: 'oestdanmark',
  source: 'reform.raadAmagerVestegnen',
  validFrom: '2026-01-19',
  members: [
    {
      kind: 'REGION',
      name: 'Region Østdanmark',
      region: 'oestdanmark',
      role: 'MEMBER',
      representedBy: 'regionspolitikere',
      source: 'reform.raadAmagerVestegnen',
    },
    ...[
      'Albertslund',
      'Brøndby',
      'Dragør',
      'Glostrup',
      'Hvidovre',
      'Høje-Taastrup',
      'Ishøj',
      'Tårnby',
      'Vallensbæk',
    ].map(councilMember),
  ],
  meetings: [
    {
      key: 'raad-amager-vestegnen-2026-01-19',
      date: '2026-01-19',
      title: 'Første møde i Sundhedsråd Amager og Vestegnen',
      place: 'Hvidovre Hospital',
      // Agenda and minutes are not among the sources read; the press release reports the meeting only.
      minutesPublished: false,
      source: 'reform.raadAmagerVestegnen',
      agendaItems: [],
    },
  ],
  grants: [],
};

/** Every cluster and sundhedsråd of the demo data; the first is the secretariat's. */
export const clusters: ClusterSeed[] = [cluster, healthCouncil];

const inMunicipality = (municipality: string, fn: string, role: BodyMemberSeed['role'] = 'AD_HOC'): BodyMemberSeed => ({
  role,
  municipality,
  function: fn,
});
const inOrganisation = (
  organisationName: string,
  fn: string,
  role: BodyMemberSeed['role'] = 'AD_HOC',
): BodyMemberSeed => ({
  role,
  organisationName,
  function: fn,
});

/** The cluster's political body with its members by function, and the professional cluster under it. */
export const clusterBodies: BodySeed[] = [
  {
    key: 'politiskKlyngeSyd',
    name: 'Politisk sundhedsklynge Syd',
    kind: 'CLUSTER_POLITICAL',
    owner: { cluster: CLUSTER_NAME },
    mandate:
      'Politisk, tværsektorielt forum for Region Hovedstaden, kommunerne i Syd, Københavns Kommunes Sundheds- og Omsorgsforvaltning, almen praksis og Amager og Hvidovre Hospital. Prioriterer og tildeler klyngemidler til fælles indsatser.',
    tasks: [
      'Prioritere og tildele klyngemidler til indsatser på det psykiatriske og det somatiske område',
      'Følge status for de politisk prioriterede indsatser (status på mødet i november 2023)',
    ],
    meetingCadence: null,
    timeCost: null,
    source: 'klynge.deltagere',
    members: [
      { role: 'CO_CHAIR', region: 'hovedstaden', function: 'regionsrådsformand (medformand, mødeleder)' },
      { role: 'CO_CHAIR', municipality: 'Ishøj', function: 'borgmester (medformand)' },
      ...[
        'Tårnby',
        'Hvidovre',
        'Rødovre',
        'Vallensbæk',
        'Glostrup',
        'Dragør',
        'Brøndby',
        'Høje-Taastrup',
        'Albertslund',
      ].map((m) => inMunicipality(m, 'borgmester', 'MEMBER')),
      inMunicipality('København', 'borgmester (Sundhed og Omsorg)', 'MEMBER'),
      { role: 'MEMBER', region: 'hovedstaden', function: 'regionspolitiker' },
      { role: 'MEMBER', region: 'hovedstaden', function: 'regionspolitiker' },
      { role: 'MEMBER', region: 'hovedstaden', function: 'regionspolitiker' },
      inOrganisation('PLO-Hovedstaden', 'praktiserende læge', 'MEMBER'),
      inOrganisation('PLO-Hovedstaden', 'praktiserende læge', 'MEMBER'),
      // Bisiddere (advisers) take part without being members.
      inMunicipality('Ishøj', 'bisidder: velfærdsdirektør'),
      inMunicipality('Ishøj', 'bisidder: centerchef'),
      { role: 'AD_HOC', region: 'hovedstaden', function: 'bisidder: koncerndirektør' },
      inMunicipality('Vallensbæk', 'bisidder: sundhedschef'),
      inMunicipality('Høje-Taastrup', 'bisidder: direktør'),
      inOrganisation('Amager og Hvidovre Hospital', 'bisidder: hospitalsdirektør'),
      inMunicipality('Brøndby', 'bisidder: direktør for social- og sundhedsområdet'),
      inOrganisation('Rigshospitalet', 'bisidder: konstitueret vicedirektør'),
      inMunicipality('Tårnby', 'bisidder: forvaltningschef'),
      inOrganisation('Region Hovedstadens Psykiatri', 'bisidder: vicedirektør'),
      inOrganisation('Amager og Hvidovre Hospital', 'bisidder: stabschef for patientforløb'),
      inOrganisation('PLO-Hovedstaden', 'bisidder: chefkonsulent'),
      inMunicipality('Glostrup', 'bisidder: direktør'),
      inMunicipality('Rødovre', 'bisidder: social- og sundhedsdirektør'),
      inMunicipality('København', 'bisidder: administrerende direktør'),
      inMunicipality('Dragør', 'bisidder: direktør'),
      inMunicipality('Albertslund', 'bisidder: områdedirektør (børn, sundhed og velfærd)'),
      inMunicipality('Hvidovre', 'bisidder: velfærdsdirektør'),
      inOrganisation('Amager og Hvidovre Hospital', 'bisidder: vicedirektør'),
      inOrganisation('Amager og Hvidovre Hospital', 'sekretariat: konsulent', 'SECRETARIAT'),
      inMunicipality('Ishøj', 'sekretariat: specialkonsulent', 'SECRETARIAT'),
    ],
  },
  {
    key: 'fagligKlyngeSyd',
    name: 'Faglig klynge Syd',
    kind: 'CLUSTER_ADMINISTRATIVE',
    owner: { cluster: CLUSTER_NAME },
    mandate:
      'Den administrative, faglige klynge under Politisk sundhedsklynge Syd; følger op på de politisk prioriterede indsatser.',
    tasks: ['Følge op på de politisk prioriterede indsatser på møder i juni og oktober 2023'],
    meetingCadence: null,
    timeCost: null,
    source: 'klynge.punkt2',
    members: [],
  },
];
