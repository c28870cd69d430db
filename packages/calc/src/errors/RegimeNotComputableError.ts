import { CalcError } from './CalcError';

/**
 * Co-financing is asked for under a regime where an activity-based amount would be a fiction:
 * the 2027–2028 transition and the abolition that follows (Sundhedsreform 2024, docs/reference/cofinancing.md §1),
 * or the 2007–2011 model whose parameters are missing.
 */
export class RegimeNotComputableError extends CalcError {
  readonly regime: string;
  constructor(regime: string, message: string) {
    super('REGIME_NOT_COMPUTABLE', message);
    this.name = 'RegimeNotComputableError';
    this.regime = regime;
  }
}
