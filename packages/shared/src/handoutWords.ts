// The hand-out's words that need no zod (the browser imports this entry, ADR 023): the "{date}" and
// "{municipality}" strings, the words for the format codes and the digits-only age range of the
// citizen-facing pages in a language.
import type { HandoutTextKey, HandoutTexts } from './handoutTexts';
import { handoutMessages } from './messages/handout';

/**
 * A string with "{date}" (courseEnded, courseNext, printFooter) and the date put in, and "{municipality}"
 * (printFooter) with the name of the offer's municipality (Offer.municipalityName); without a name,
 * "kommunen" (handoutMessages.anyMunicipality), which names none.
 */
export const fillHandoutText = (template: string, date: string, municipality?: string | null) =>
  template
    .replaceAll('{date}', date)
    .replaceAll('{municipality}', municipality?.trim() || handoutMessages.anyMunicipality);

/** The text key of each known code of Offer.formats ("hold", "individuel" …); other codes have none. */
export const OFFER_FORMAT_TEXT_KEYS: ReadonlyMap<string, HandoutTextKey> = new Map([
  ['hold', 'formatHold'],
  ['individuel', 'formatIndividuel'],
  ['online', 'formatOnline'],
  ['telefon', 'formatTelefon'],
  ['drop-in', 'formatDropIn'],
]);

/**
 * An offer's formats as words in the hand-out's language (`texts`, Danish by default): each known code by its
 * text key; an unknown code as typed, capitalised (it is the staff's Danish word). `danish` tells which words
 * are Danish (an unknown code, or a key in `missing`), so a page can mark them `lang="da"`.
 */
export function offerFormatWords(
  codes: readonly string[],
  texts: HandoutTexts = handoutMessages.texts,
  missing: readonly string[] = [],
): { word: string; danish: boolean }[] {
  return codes.map((code) => {
    const key = OFFER_FORMAT_TEXT_KEYS.get(code.trim().toLowerCase());
    if (key) return { word: texts[key], danish: missing.includes(key) };
    const word = code.trim();
    return { word: word.charAt(0).toUpperCase() + word.slice(1), danish: true };
  });
}

/**
 * An age range in a language of the hand-out, in digits only ("18–64", "18+", "0–25"), so no Danish "år"
 * sits in a translated line; null for all ages (the Danish "Alle aldre" is shown then, marked Danish).
 */
export function handoutAgeRange(min: number | null | undefined, max: number | null | undefined): string | null {
  if (min != null && max != null) return `${min}–${max}`;
  if (min != null) return `${min}+`;
  if (max != null) return `0–${max}`;
  return null;
}
