// The languages an offer can be given in (issue 12): the codes the catalogue shows by name ("da" ->
// "Dansk"), and the Danish names staff type ("dansk", "arabisk") mapped to those codes. Zod-free.
import { fold } from './fold';
import { ui } from './messages/ui';
import { QUERY_LANGUAGES } from './queryUnderstanding';

/** The known ISO 639-1 codes, in the order the catalogue lists them. */
export const OFFER_LANGUAGE_CODES: readonly string[] = Object.keys(ui.offers.languageName);

const byName = new Map<string, string>();
for (const code of OFFER_LANGUAGE_CODES) byName.set(fold(ui.offers.languageName[code] ?? code), code);
for (const [word, { code }] of Object.entries(QUERY_LANGUAGES))
  if (OFFER_LANGUAGE_CODES.includes(code)) byName.set(fold(word), code);

/** "da", "DA", "dansk", "Dansk" -> "da"; an unknown code or name -> null. */
export function offerLanguageCode(typed: string): string | null {
  const t = typed.trim().toLowerCase();
  if (OFFER_LANGUAGE_CODES.includes(t)) return t;
  return byName.get(fold(t)) ?? null;
}
