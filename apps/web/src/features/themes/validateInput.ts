import { fieldLabels, toFieldIssues, validationMessages, type FieldIssue } from '@sundhed/shared';

/**
 * Runs a shared zod input schema before anything is sent. A missing or unreadable number comes out
 * of zod as an English type error; it is worded as "<Felt> skal udfyldes" instead.
 */
type SchemaError = Parameters<typeof toFieldIssues>[0];

/** The part of a zod schema used here (zod itself is a dependency of @sundhed/shared, not of the web app). */
interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: SchemaError };
}

/** The input's value at a zod issue's path. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

export function validateInput<T>(
  schema: SafeParser<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issues = toFieldIssues(result.error).map((issue, index) => {
    const zodIssue = result.error.issues[index];
    if (zodIssue?.code !== 'invalid_type') return issue;
    const field = String(zodIssue.path[zodIssue.path.length - 1] ?? '');
    // Typed but not a number ("2O27") is not the same as left empty: say which (issue 12).
    const typed = valueAt(input, zodIssue.path);
    // A number that is not whole ("1.234,50" as a price) is zod's invalid_type too: keep the schema's words.
    if (typeof typed === 'number' && Number.isFinite(typed)) return issue;
    const message =
      typeof typed === 'number' && Number.isNaN(typed) ? validationMessages.notANumber : validationMessages.required;
    return { ...issue, message: `${fieldLabels[field] ?? field} ${message}` };
  });
  return { ok: false, issues };
}

/** "200.000" or "200000" -> 200000; "" -> null; nonsense -> NaN (the schema then rejects it). */
export function parseWholeNumber(value: string): number | null {
  const cleaned = value.replace(/[.\s]/g, '').replace(/kr$/i, '');
  if (cleaned === '') return null;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** "2,5" or "2.5" -> 2.5; "" -> null. */
export function parseDecimal(value: string): number | null {
  const cleaned = value.trim().replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Empty text fields mean "none". */
export function emptyToNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}
