import { CalcError } from './CalcError';

/**
 * A rate (share or cap) was asked for but is missing from the rate set. docs/reference/cofinancing.md marks many
 * figures as ❌ MISSING; the engine never substitutes a default for them.
 */
export class MissingRateError extends CalcError {
  /** The missing parameter, e.g. `share[somatik/stationaer/0-2]` or `cap[praksis/speciallaege/80+]`. */
  readonly parameter: string;
  readonly rateSetId: string;
  constructor(rateSetId: string, parameter: string) {
    super(
      'MISSING_RATE',
      `Satssættet "${rateSetId}" mangler ${parameter}; indtast den officielle sats (ingen standardværdi bruges).`,
    );
    this.name = 'MissingRateError';
    this.parameter = parameter;
    this.rateSetId = rateSetId;
  }
}
