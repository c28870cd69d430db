import { fillHandoutText, handoutMessages, ui } from '../../../shared';
import type { HandoutLanguageData, HandoutTextsData } from './handoutQueries';

/** The Danish pages' own words (unchanged by issue 12's languages), under the hand-out's keys. */
const DANISH: HandoutTextsData = {
  ...handoutMessages.texts,
  intro: ui.offers.publicIntro('{municipality}'),
  what: ui.offers.printWhat,
  where: ui.offers.printWhere,
  when: ui.offers.printWhen,
  cost: ui.offers.printCost,
  free: ui.offers.free,
  signUp: ui.offers.printSignUp,
  about: ui.offers.description,
  contact: ui.offers.printContact,
  phone: ui.offers.phone,
  email: ui.offers.email,
  qr: ui.offers.printQr,
  ages: ui.offers.ages,
  languages: ui.offers.languages,
  formats: ui.offers.formats,
  updated: ui.offers.updated('').trim(),
  printFooter: ui.offers.printFooter('{date}', '{municipality}'),
};

/** The fixed strings of a citizen page: the chosen language's, or Danish. */
export const pageTexts = (language: HandoutLanguageData | null): HandoutTextsData => language?.texts ?? DANISH;

/**
 * `lang="da"` for a fixed string the chosen language lacks (it is shown in Danish, ADR 043), so a screen
 * reader reads it as Danish and it runs left to right inside a right-to-left page; nothing otherwise.
 */
export const danishIfMissing = (language: HandoutLanguageData | null, key: keyof HandoutTextsData) =>
  language?.missingTexts.includes(key) ? ({ lang: 'da', dir: 'ltr' } as const) : {};

/** `lang` and `dir` of a citizen page's content in the chosen language (nothing for Danish). */
export const languageAttributes = (language: HandoutLanguageData | null) =>
  language ? { lang: language.code, dir: language.direction === 'RTL' ? 'rtl' : 'ltr' } : {};

/**
 * A fixed string that names the offer's municipality ("{municipality}": the print footer, the Danish pages'
 * intro) in the chosen language, filled with its name (Offer.municipalityName) and "{date}" with `date`, and
 * the attributes to put on it. Without a name (a device's copy saved before the name was in it; the data
 * model gives every offer a municipality) a language's string would get the Danish "kommunen", so the Danish
 * string stands in whole, marked Danish: no page names a municipality that is not the offer's.
 */
export function municipalityLine(
  language: HandoutLanguageData | null,
  key: 'intro' | 'printFooter',
  municipality: string | null | undefined,
  date = '',
) {
  const template = pageTexts(language)[key];
  if (language && !municipality?.trim() && template.includes('{municipality}'))
    return { text: fillHandoutText(DANISH[key], date, null), attributes: { lang: 'da', dir: 'ltr' } as const };
  return { text: fillHandoutText(template, date, municipality), attributes: danishIfMissing(language, key) };
}
