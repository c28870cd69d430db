import { CalcError } from '../errors/CalcError';

/**
 * Prints an error for the analyst in Danish and returns the exit code: 1 for bad input, 2 for a
 * missing rate or parameter or a regime that cannot be computed, 3 for anything unexpected.
 */
export function reportCliError(error: unknown, stderr: NodeJS.WritableStream): number {
  if (error instanceof CalcError) {
    stderr.write(`Fejl: ${error.message}\n`);
    return error.code === 'INVALID_INPUT' ? 1 : 2;
  }
  stderr.write(`Uventet fejl: ${error instanceof Error ? error.message : String(error)}\n`);
  return 3;
}
