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
    return { ...issue, message: `${fieldLabels[field] ?? field} ${validationMessages.required}` };
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
