import { toFieldIssues } from '@sundhed/shared';
import type { z } from 'zod';
import { validationError } from './errors';

/** Parses input with a shared schema; a failure names every wrong field in Danish. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(toFieldIssues(result.error, prefix));
  return result.data;
}
