import { handoutMessages, ui } from '../../../shared';
import type { HandoutLanguageData, HandoutTextsData } from './handoutQueries';

/** The Danish pages' own words (unchanged by issue 12's languages), under the hand-out's keys. */
const DANISH: HandoutTextsData = {
  ...handoutMessages.texts,
  intro: ui.offers.publicIntro,
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
  printFooter: ui.offers.printFooter('{date}'),
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
