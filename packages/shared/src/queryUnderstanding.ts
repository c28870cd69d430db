// What a search sentence says besides its need (issue 11): an age ("datteren på 9", "67 år"), "gratis",
// a language ("på arabisk") and a format ("online", "på hold"). Each becomes a filter chip that the search
// page shows and the user can remove; the words it came from leave the text the search matches. Pure,
// for the server's search and the browser alike.
import { fold } from './fold';

export type QueryChipKind = 'age' | 'free' | 'language' | 'format';

export interface QueryChip {
  kind: QueryChipKind;
  /** The filter value: the age, "true", an ISO 639-1 code or a format word ("online", "hold"). */
  value: string;
  /** The words of the query it was read from, as typed. */
  typed: string;
}

export interface UnderstoodQuery {
  chips: QueryChip[];
  /** The query without the chips' words (what the search still matches). */
  text: string;
}

/** Languages by their Danish adjective (folded), as offers record them (ISO 639-1). */
export const QUERY_LANGUAGES: Readonly<Record<string, { code: string; name: string }>> = {
  dansk: { code: 'da', name: 'dansk' },
  engelsk: { code: 'en', name: 'engelsk' },
  arabisk: { code: 'ar', name: 'arabisk' },
  tyrkisk: { code: 'tr', name: 'tyrkisk' },
  somali: { code: 'so', name: 'somali' },
  somalisk: { code: 'so', name: 'somali' },
  urdu: { code: 'ur', name: 'urdu' },
  persisk: { code: 'fa', name: 'persisk' },
  farsi: { code: 'fa', name: 'persisk' },
  polsk: { code: 'pl', name: 'polsk' },
  ukrainsk: { code: 'uk', name: 'ukrainsk' },
  tigrinya: { code: 'ti', name: 'tigrinya' },
  kurdisk: { code: 'ku', name: 'kurdisk' },
  bosnisk: { code: 'bs', name: 'bosnisk' },
  vietnamesisk: { code: 'vi', name: 'vietnamesisk' },
};

/** The highest age a search reads (the sentence's age chip and the age filter alike). */
export const MAX_QUERY_AGE = 120;
const MAX_AGE = MAX_QUERY_AGE;
const LANGUAGE_WORDS = Object.keys(QUERY_LANGUAGES).join('|');

interface Rule {
  kind: QueryChipKind;
  /** Over folded text; group 1 is the value's source where there is one. */
  pattern: RegExp;
  value: (match: RegExpExecArray) => string | null;
}

const RULES: Rule[] = [
  { kind: 'free', pattern: /\b(?:gratis|uden betaling|koster ingenting|ikke koster noget)\b/, value: () => 'true' },
  {
    kind: 'language',
    pattern: new RegExp(`\\b(?:paa|kun paa) (${LANGUAGE_WORDS})\\b|\\b(${LANGUAGE_WORDS})(?:talende|sproget)\\b`),
    value: (m) => QUERY_LANGUAGES[m[1] ?? m[2] ?? '']?.code ?? null,
  },
  { kind: 'format', pattern: /\b(?:online|digitalt|over nettet|via video)\b/, value: () => 'online' },
  { kind: 'format', pattern: /\b(?:paa|i) (?:et )?hold\b/, value: () => 'hold' },
  {
    kind: 'age',
    pattern:
      /\b(\d{1,3}) ?-? ?(?:aar|aarig|aarige)(?: gammel| gamle)?\b|\bpaa (\d{1,3})\b(?! ?(?:kr|kroner|minutter|timer|uger|dage|gange))/,
    value: (m) => {
      const age = Number(m[1] ?? m[2]);
      return Number.isInteger(age) && age <= MAX_AGE ? String(age) : null;
    },
  },
];

/**
 * Reads the chips of a query; a kind in `ignore` (a chip the user removed) is left in the text and not
 * read. At most one chip per kind, the first in the text.
 */
export function understandQuery(text: string, ignore: readonly QueryChipKind[] = []): UnderstoodQuery {
  // Folded text keeps its length only for ASCII; work on the folded, space-normalised text throughout.
  let rest = fold(text.slice(0, 200)).replace(/\s+/g, ' ').trim();
  const chips: QueryChip[] = [];
  for (const rule of RULES) {
    if (ignore.includes(rule.kind) || chips.some((c) => c.kind === rule.kind)) continue;
    const match = rule.pattern.exec(rest);
    if (!match) continue;
    const value = rule.value(match);
    if (value == null) continue;
    chips.push({ kind: rule.kind, value, typed: match[0] });
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
  }
  return { chips, text: rest };
}

// The age rule's words over the text as typed (not folded: the words are taken out of what is searched).
const L = '[\\p{L}\\p{N}]';
const TYPED_AGE = new RegExp(
  `(?<!${L})(\\d{1,3})\\s?-?\\s?(?:år|aar|årig|aarig|årige|aarige)(?:\\s+(?:gammel|gamle))?(?!${L})` +
    `|(?<!${L})(?:på|paa)\\s+(\\d{1,3})(?!${L})(?!\\s?(?:kr|kroner|minutter|timer|uger|dage|gange))`,
  'giu',
);

const AGE_GOES_ON = /^\s*(?:$|[,.!?]|(?:er|og|der|som|har|bor|med|i|kan|vil|skal|blev|bliver)(?![\p{L}\p{N}]))/iu;

export interface ImpossibleAge {
  /** The age as stated, above MAX_QUERY_AGE. */
  age: number;
  /** The search text without the words that state it. */
  text: string;
}

/**
 * An age the sentence states that nobody is ("200 år", "min mor på 130"): above MAX_QUERY_AGE, so it is
 * neither a chip nor left in the words the search matches (where it would find nothing); the search page
 * names it instead. Null when the text states no such age.
 */
export function impossibleAge(text: string): ImpossibleAge | null {
  let first: number | null = null;
  const rest = text.replace(
    TYPED_AGE,
    (words: string, years: string | undefined, onAge: string | undefined, at: number) => {
      const age = Number(years ?? onAge);
      if (!(age > MAX_QUERY_AGE)) return words;
      // "på 150" is an age only where no word of measure follows ("vægttab på 150 kg", "hold på 150 personer"):
      // at the end of the sentence, before a comma or full stop, or before a word that goes on with the sentence.
      if (years === undefined && !AGE_GOES_ON.test(text.slice(at + words.length))) return words;
      first ??= age;
      return ' ';
    },
  );
  return first === null ? null : { age: first, text: rest.replace(/\s+/g, ' ').trim() };
}
