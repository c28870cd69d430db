// Issue 11, "Bad input": any search query of any length or character returns results or none, never an
// error. Elsewhere a control character in an argument is refused (ADR 014: mutations, ids, filters); in the
// free text of a search it is replaced by a space here, on the server and in the browser's search field.
// A text of only punctuation ("%", "?!") has nothing to search for: it is an empty query, on the server
// and in the browser, and the page does not show it as a search.
import { impossibleAge, MAX_QUERY_AGE } from './queryUnderstanding';

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone UTF-16 surrogates (ADR 014). */
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The search text with every control character replaced by a space (so the words beside it stay apart). */
export function searchTextWithoutControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}

/** Whether a search text has anything to search for: a letter or a digit (not only punctuation or symbols). */
export function hasSearchWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * A search's text and age as searched, on the server and in the browser alike: the text without an
 * impossible age's words (impossibleAge) and undefined when nothing is left to search for; an age
 * filter above MAX_QUERY_AGE is no filter. The search page names the age that was left out.
 */
export function searchableInput<I extends { text?: string | null; age?: number | null }>(input: I): I {
  const typed = input.text ?? '';
  const text = impossibleAge(typed)?.text ?? typed;
  const out: I = { ...input, text: hasSearchWords(text) ? text : undefined };
  if (input.age != null && input.age > MAX_QUERY_AGE) out.age = undefined;
  return out;
}
