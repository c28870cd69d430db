import { CalcError } from './CalcError';

/** A parameter that no source gives (e.g. a discount rate beyond a preset's range) was needed. */
export class MissingParameterError extends CalcError {
  readonly parameter: string;
  constructor(parameter: string, detail: string) {
    super('MISSING_PARAMETER', `Parameteren ${parameter} mangler: ${detail}`);
    this.name = 'MissingParameterError';
    this.parameter = parameter;
  }
}
