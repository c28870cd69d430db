import type { InputIssue } from '../errors/CalcError';

type Json = unknown;

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Reads fields out of parsed JSON and records every problem with its JSON path and a Danish
 * message, so a file is reported whole rather than one error per run.
 */
export class JsonChecker {
  readonly issues: InputIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: Json, path: string): Record<string, Json> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, Json>;
    this.fail(path, 'skal være et objekt');
    return undefined;
  }

  array(value: Json, path: string): Json[] | undefined {
    if (Array.isArray(value)) return value as Json[];
    this.fail(path, 'skal være en liste');
    return undefined;
  }

  number(value: Json, path: string, rule: NumberRule = {}): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, 'skal være et tal');
      return Number.NaN;
    }
    if (rule.integer && !Number.isInteger(value)) this.fail(path, 'skal være et heltal');
    if (rule.min !== undefined && value < rule.min)
      this.fail(path, `skal være mindst ${String(rule.min).replace('.', ',')}`);
    if (rule.max !== undefined && value > rule.max)
      this.fail(path, `må højst være ${String(rule.max).replace('.', ',')}`);
    return value;
  }

  optionalNumber(
    obj: Record<string, Json>,
    key: string,
    path: string,
    fallback: number,
    rule: NumberRule = {},
  ): number {
    return obj[key] === undefined ? fallback : this.number(obj[key], `${path}.${key}`, rule);
  }

  string(value: Json, path: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, 'skal være en ikke-tom tekst');
    return '';
  }

  oneOf<T extends string>(value: Json, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `ukendt værdi ${JSON.stringify(value)} (tilladt: ${allowed.join(', ')})`);
    // A placeholder like string()'s '': the collected issue makes the whole parse fail.
    return allowed[0] as T;
  }
}
