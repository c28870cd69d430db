/**
 * The one error type of the calculation package. Callers (the API, the CLI) switch on `code`,
 * which is a closed union, and map it once to their own error surface (docs/reference/style.md: "Errors are typed
 * and mapped once").
 */
export type CalcErrorCode = 'MISSING_RATE' | 'MISSING_PARAMETER' | 'REGIME_NOT_COMPUTABLE' | 'INVALID_INPUT';

/** One problem in an input, located by JSON path or by CSV line and column. */
export interface InputIssue {
  /** JSON path such as `$.cohorts[0].participants`, when the input is JSON. */
  path?: string;
  /** 1-based line number, when the input is CSV. */
  line?: number;
  /** Column name, when the input is CSV. */
  column?: string;
  /** Danish, user-facing. */
  message: string;
}

export class CalcError extends Error {
  readonly code: CalcErrorCode;
  constructor(code: CalcErrorCode, message: string) {
    super(message);
    this.name = 'CalcError';
    this.code = code;
  }
}
