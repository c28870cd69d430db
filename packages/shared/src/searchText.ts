// Issue 11, "Bad input": any search query of any length or character returns results or none, never an
// error. Elsewhere a control character in an argument is refused (ADR 014: mutations, ids, filters); in the
// free text of a search it is replaced by a space here, on the server and in the browser's search field.

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone UTF-16 surrogates (ADR 014). */
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The search text with every control character replaced by a space (so the words beside it stay apart). */
export function searchTextWithoutControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}
