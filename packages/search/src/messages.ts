// Danish texts of the search feature (reasons, suggestions, errors). The shared catalogue in
// packages/shared belongs to the foundation; these stay here until they are moved there.
import { QUERY_LANGUAGES } from '@sundhed/shared/queryUnderstanding';
import { ui } from '@sundhed/shared/messages';

/** A language's Danish name as the search chips write it ("arabisk"), else the offers' list's, else the code. */
function languageName(code: string): string {
  const named = Object.values(QUERY_LANGUAGES).find((l) => l.code === code)?.name ?? ui.offers.languageName[code];
  return named ? named.toLowerCase() : code;
}

export const searchMessages = {
  reason: {
    name: (term: string) => `navn: ${term}`,
    text: (term: string) => `beskrivelse: ${term}`,
    wordPart: (term: string, word: string) => `orddel: ${term} i ${word}`,
    synonym: (from: string, to: string) => `synonym: ${from} → ${to}`,
    // Plain Danish as issue 11 asks ("Passer til: rygestop", "Stavet anderledes: …").
    concept: (label: string) => `Passer til: ${label}`,
    typo: (typed: string, meant: string) => `Stavet anderledes: ${typed} læst som ${meant}`,
    need: (label: string) => `behov: ${label}`,
    targetGroup: (group: string) => `målgruppe: ${group}`,
    keyword: (word: string) => `nøgleord: ${word}`,
    age: 'alder passer',
    ageFromText: (age: number) => `alder passer (${age} år)`,
    ageOutside: (age: number) => `uden for alderen (${age} år)`,
    area: (place: string) => `område: ${place}`,
    free: 'gratis',
    language: (code: string) => `sprog: ${languageName(code)}`,
    format: (format: string) => `form: ${format}`,
  },
  synonyms: {
    tooManyGroups: (max: number) => `Der må højst være ${max} synonymgrupper`,
    tooFewTerms: 'Synonymgruppen skal have mindst to forskellige ord',
    tooManyTerms: (max: number) => `Synonymgruppen må højst have ${max} ord`,
    emptyTerm: 'Ordet skal udfyldes',
    longTerm: (max: number) => `Ordet må højst være ${max} tegn`,
    noLetters: 'Ordet skal indeholde bogstaver',
    emptyMeaning: 'Skriv det ord, som kataloget bruger for det samme',
    sameMeaning: 'Ordet og betydningen skal være forskellige',
    tooBroad: (word: string, found: number, active: number) =>
      `"${word}" finder ${found} af kommunens ${active} aktive tilbud, mere end en fjerdedel. Et synonym til så bredt et ord ville fylde alle søgninger; vælg et mere præcist ord`,
    groupTooBroad: (group: string, word: string, found: number, active: number) =>
      `Synonymgruppen "${group}" ville finde mindst ${found} af kommunens ${active} aktive tilbud ("${word}" alene), mere end en fjerdedel. Markér den som bredt begreb, så den kun løfter tilbud, eller vælg mere præcise ord`,
    broadFlags: 'Angiv for hver synonymgruppe, om den er et bredt begreb',
  },
  hsds: {
    badInteger: (name: string, min: number, max: number) =>
      `Parameteren "${name}" skal være et helt tal mellem ${min} og ${max}.`,
    badDate: (name: string) => `Parameteren "${name}" skal være en dato eller et tidspunkt (ISO 8601), fx 2026-01-31.`,
    badBoolean: (name: string) => `Parameteren "${name}" skal være true eller false.`,
    badText: (name: string) => `Parameteren "${name}" må højst angives én gang.`,
    notFound: 'Tilbuddet findes ikke, eller det er ikke offentligt.',
    unitNotFound: 'Enheden findes ikke, eller den har ingen offentlige tilbud.',
    unknownPath: 'Siden findes ikke.',
  },
} as const;
