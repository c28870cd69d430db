// The catalogue through the 2027 reform (issue 10, ADR 038): "Opgaver der flytter til regionen".
export const reformMessages = {
  // Validation (each follows the field's Danish name).
  taskInvalid: 'skal være en af de opgaver, der flytter til regionen',
  oneRecord: 'skal være enten et tilbud eller et projekt',
  ownerRequired: 'skal udfyldes, når opgaven flytter',
  alreadyMarked: 'skal angives: markeringen findes allerede (hent den igen)',
  runsOnlyWhenMoving: 'kan kun vælges, når opgaven flytter til regionen',
  task: {
    PATIENT_PREVENTION: 'Patientrettet forebyggelse',
    SPECIALISED_REHABILITATION: 'Specialiseret rehabilitering',
    ACUTE_NURSING: 'Akutsygepleje',
    TEMPORARY_PLACES: 'Midlertidige pladser (sundheds- og omsorgspladser)',
  } as Record<string, string>,
  ownerFrom: (owner: string, day: string) => `${owner} fra ${day}`,
  runsForRegion: (municipality: string) => `${municipality} driver tilbuddet for regionen (samarbejdsaftale)`,
};

export const reformUi = {
  title: 'Opgaver der flytter til regionen',
  intro:
    'Tilbud og projekter, hvis opgave kan flytte til regionen 1.1.2027 (patientrettet forebyggelse og specialiseret rehabilitering m.fl.). Markér for hver, om den flytter, hvem der ejer den bagefter, og om kommunen driver den for regionen.',
  empty: 'Der er ingen tilbud eller projekter at gennemgå.',
  caption: 'Tilbud og projekter til gennemgang',
  columns: { record: 'Tilbud eller projekt', kind: 'Type', owner: 'Ejer i dag', mark: 'Markering', action: 'Handling' },
  kind: { OFFER: 'Tilbud', PROJECT: 'Projekt' } as Record<string, string>,
  notMarked: 'Ikke gennemgået',
  moves: (owner: string, day: string) => `Flytter til ${owner} fra ${day}`,
  stays: 'Flytter ikke',
  runsForRegion: 'kommunen driver den for regionen',
  edit: (name: string) => `Markér ${name}`,
  formTitle: (name: string) => `Markering af ${name}`,
  fields: {
    task: 'Opgave',
    moves: 'Flytter opgaven til regionen?',
    yes: 'Ja',
    no: 'Nej',
    newOwner: 'Ny ejer (organisation)',
    runsForRegion: 'Kommunen driver den for regionen efter samarbejdsaftale',
    effectiveDate: 'Gælder fra',
    effectiveDateHint: 'Format: 1.1.2027',
    note: 'Bemærkning',
  },
  save: 'Gem markering',
  cancel: 'Annullér',
  saved: (name: string) => `Markeringen af ${name} er gemt.`,
  ownerOnDay: 'Ejer pr. dag',
};
