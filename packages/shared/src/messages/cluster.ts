// The cluster secretariat's meetings, decisions, grants and follow-up, and bodies in time (issue 10,
// ADR 031): Danish texts of the cluster API.
export const clusterMessages = {
  meetingKind: { ORDINARY: 'Ordinært møde', EXTRAORDINARY: 'Ekstraordinært møde' } as Record<string, string>,
  attendance: { PRESENT: 'Deltog', APOLOGY: 'Afbud', INVITED: 'Inviteret' } as Record<string, string>,
  outcome: {
    APPROVED: 'Godkendt som indstillet',
    APPROVED_WITH_CHANGES: 'Godkendt med ændringer',
    POSTPONED: 'Udsat',
    REJECTED: 'Ikke godkendt',
  } as Record<string, string>,
  followUpStatus: { OPEN: 'Åben', DONE: 'Udført', CANCELLED: 'Aflyst' } as Record<string, string>,
  organisationKind: { REGION: 'Region', CLUSTER: 'Klynge eller sundhedsråd', BODY: 'Forum eller udvalg' } as Record<
    string,
    string
  >,
  // Validation (each follows the field's Danish name).
  meetingKindInvalid: 'skal være ordinært eller ekstraordinært',
  attendanceInvalid: 'skal være deltog, afbud eller inviteret',
  outcomeInvalid: 'skal være godkendt som indstillet, godkendt med ændringer, udsat eller ikke godkendt',
  followUpStatusInvalid: 'skal være åben, udført eller aflyst',
  areaInvalid: 'skal være psykiatri, somatik eller andet',
  minutes: 'skal være et helt antal minutter mellem 1 og 600',
  notNegative: 'skal være et helt antal kroner, 0 eller mere',
  decisionRequired: 'skal vælges: en bevilling ændres kun af en beslutning',
  yearToBeforeYear: 'må ikke ligge før bevillingens første år',
  twoParts: 'skal være mindst to',
  parentRequired: 'skal vælges: et opfølgningspunkt hører til en bevilling eller en beslutning',
  doneNeedsDay: 'skal udfyldes, når punktet er udført',
  // Checks against stored data.
  unknownCluster: 'er ikke en klynge eller et sundhedsråd, du er sekretariat for',
  outsideValidity: (name: string, period: string) => `ligger uden for den periode, hvor ${name} findes (${period})`,
  duplicateNumber: (n: number) => `${n} findes allerede på dagsordenen`,
  agendaNotPublished: 'kan først registreres, når dagsordenen er offentliggjort',
  notYourDecision: 'skal være en beslutning på et offentliggjort møde i samme klynge',
  decisionNotRecorded: 'skal være et punkt, hvor beslutningen er registreret',
  unknownMunicipality: 'er ikke en kommune i klyngen',
  unknownGrant: 'er ikke en bevilling i klyngen',
  alreadyPublished: 'er allerede offentliggjort',
  sameAmount: 'er det samme som det nuværende beløb',
  splitSum: (total: string) => `skal tilsammen give bevillingens beløb (${total})`,
  idsAndVersions: 'skal have én version for hvert opfølgningspunkt',
  notOpen: 'kan kun overdrages, mens punktet er åbent',
  noSuccessor: 'skal udfyldes: klyngen har ingen efterfølger at overdrage til',
  // Notes written by the API.
  handedOver: (owner: string, from: string, day: string) => `Overdraget til ${owner} fra ${from} den ${day}.`,
  splitNote: (title: string) => `Delt fra "${title}"`,
  splitClosedNote: 'Bevillingen er delt; beløbet er overført til delene.',
  // The public minutes page.
  minutesNotPublic: 'Referatet er ikke offentliggjort.',
  // ics
  icsDescription: (title: string) => `Møde: ${title}`,
} as const;
