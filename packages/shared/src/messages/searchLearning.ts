// "Søgninger uden resultat" (issue 11, ADR 041) and the query chips on the search page.
export const searchLearningUi = {
  misses: {
    title: 'Søgninger uden resultat',
    intro:
      'Ord fra søgninger, der ikke fandt noget, mindst tre gange inden for 90 dage. Kun ord fra den danske ordliste eller søgningens ordforråd gemmes, aldrig navne, adresser eller tal, og aldrig hvem der søgte.',
    loading: 'Henter søgninger uden resultat …',
    empty: 'Ingen ord er søgt forgæves mindst tre gange de seneste 90 dage.',
    term: 'Ord',
    count: 'Antal',
    lastSeen: 'Senest',
    action: 'Handlinger',
    meaningLabel: (term: string) => `Betyder det samme som (for "${term}")`,
    meaningHint: 'Et ord eller udtryk, som tilbuddene bruger, fx osteoporose',
    add: 'Tilføj',
    adding: 'Tilføjer …',
    added: (term: string, meaning: string) =>
      `"${term}" er tilføjet som synonym til "${meaning}". Søgningen bruger det nu.`,
    conflict: 'Synonymerne blev ændret af en anden imens. Listen er hentet igen; prøv en gang til.',
    conceptLabel: (term: string) => `Eller tilføj "${term}" til et begreb i ordforrådet`,
    conceptHint: 'Et nationalt begreb, fx osteoporose',
    addToConcept: 'Tilføj til begreb',
    addedToConcept: (term: string, concept: string) =>
      `"${term}" er tilføjet til begrebet "${concept}". Søgningen bruger det nu.`,
    conceptConflict: 'Begrebet blev ændret af en anden imens. Prøv en gang til.',
    keywordToggle: 'Tilføj som nøgleord til et tilbud',
    keywordHeading: (term: string) => `Tilføj "${term}" som nøgleord til et tilbud`,
    offerSearchLabel: 'Find tilbuddet',
    offerSearchHint: 'Skriv en del af tilbuddets navn',
    offerSearching: 'Søger …',
    offerNone: 'Ingen tilbud passer',
    offerPick: 'Vælg tilbud',
    addKeyword: (offer: string) => `Tilføj som nøgleord til ${offer}`,
    addedKeyword: (term: string, offer: string) =>
      `"${term}" er tilføjet som nøgleord til "${offer}". Søgningen bruger det nu.`,
    keywordConflict: 'Tilbuddet blev ændret af en anden imens. Søg det frem igen, og prøv en gang til.',
  },
  notOpened: {
    title: 'Søgninger uden åbnet tilbud',
    intro:
      'Ord fra søgninger, der viste tilbud, men hvor intet tilbud blev åbnet, mindst tre gange inden for 90 dage. Samme regler: kun ord fra ordlisten eller ordforrådet, aldrig hvem der søgte.',
    empty: 'Ingen ord er søgt mindst tre gange de seneste 90 dage uden at et tilbud blev åbnet.',
    count: 'Søgninger uden åbnet tilbud',
  },
  chips: {
    label: 'Forstået i søgningen',
    remove: (chip: string) => `Fjern ${chip}`,
    age: (age: number) => `Alder ${age} år`,
    free: 'Gratis',
    language: (name: string) => `Sprog: ${name}`,
    format: (name: string) => `Form: ${name}`,
    /** Chips read from the text that no offer met with the rest: the search answered without them. */
    unmet: (labels: string) =>
      `Ingen tilbud passede også til ${labels}, så søgningen viser tilbud uden den afgrænsning.`,
  },
} as const;

// Reports of searches where nothing was opened, and an offer's keywords (ADR 054): API validation.
export const searchLearningMessages = {
  reportTextMissing: 'Søgeteksten skal udfyldes',
  reportTextTooLong: (max: number) => `Søgeteksten må højst være ${max} tegn`,
  keywordMissing: 'Skriv det ord, der skal være nøgleord',
  keywordOneWord: 'Et nøgleord skal være ét ord på 3-40 bogstaver uden tal',
  keywordTooMany: (max: number) => `Et tilbud kan højst have ${max} nøgleord`,
  // The offer form's list (after the field's label, "Nøgleord …"): the list may hold several words.
  keywordNamed: (word: string) => `"${word}" skal være ét ord på 3-40 bogstaver uden tal`,
  keywordsTooMany: (max: number) => `må højst være ${max}`,
} as const;

// The municipality's own vocabulary layer (issue 11, ADR 045): validation messages of the API.
export const vocabularyMessages = {
  unknownConcept: 'Begrebet findes ikke i det nationale ordforråd',
  alreadyLayered: 'Kommunen har allerede en tilpasning af dette begreb; ret den i stedet',
  labelMissing: 'Skriv et navn på begrebet',
  labelTooLong: (max: number) => `Navnet på begrebet må højst være ${max} tegn`,
  termEmpty: 'Et ord må ikke være tomt',
  termTooLong: (max: number) => `Et ord må højst være ${max} tegn`,
  termNoLetters: 'Et ord skal indeholde bogstaver',
  tooManyTerms: (max: number) => `Højst ${max} ord pr. begreb`,
  ownNeedsTerm: 'Et eget begreb skal have mindst ét ord ud over navnet',
  hiddenNotNational: (term: string) => `"${term}" er ikke et ord i det nationale begreb`,
  hiddenOnOwn: 'Et eget begreb har ingen nationale ord at skjule',
  tooBroad: (label: string, found: number, active: number) =>
    `"${label}" finder ${found} af kommunens ${active} aktive tilbud, mere end en fjerdedel. Markér begrebet som bredt, så det kun løfter tilbud, som søgningen finder på anden vis`,
} as const;

// The staff unit's screen for the municipality's vocabulary layer (ADR 045).
export const vocabularyUi = {
  title: 'Kommunens ordforråd',
  intro:
    'Tilpas det nationale ordforråd, som søgningen bruger: tilføj ord til et begreb, skjul et nationalt ord, der vildleder her, markér et begreb som bredt (det løfter så kun tilbud, søgningen finder på anden vis), eller opret et begreb for kommunen selv.',
  loading: 'Henter kommunens ordforråd …',
  empty: 'Kommunen har endnu ingen tilpasninger; søgningen bruger det nationale ordforråd.',
  concept: 'Begreb',
  added: 'Tilføjede ord',
  hidden: 'Skjulte nationale ord',
  broad: 'Bredt',
  yes: 'Ja',
  no: 'Nej',
  actions: 'Handlinger',
  edit: (label: string) => `Ret ${label}`,
  add: 'Tilføj begreb',
  addHeading: 'Nyt begreb eller tilpasning',
  editHeading: (label: string) => `Ret begrebet ${label}`,
  nationalId: 'Nationalt begreb',
  nationalIdHint:
    'Vælg et begreb fra listen for at tilpasse det; lad feltet stå tomt for et begreb, kommunen opretter selv',
  label: 'Navn på eget begreb',
  addedTerms: 'Ord, der tilføjes',
  termsHint: 'Ét ord eller udtryk pr. linje',
  hiddenTerms: 'Nationale ord, der skjules',
  broadLabel: 'Bredt begreb: løfter kun, fanger aldrig tilbud alene',
  nationalTerms: (terms: string) => `Nationale ord: ${terms}`,
  saved: (label: string) => `"${label}" er gemt. Søgningen bruger det nu.`,
} as const;
