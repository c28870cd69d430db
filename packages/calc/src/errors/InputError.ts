import { CalcError, type InputIssue } from './CalcError';
import { formatIssue } from '../format/formatIssue';

/**
 * Bad input: every issue found, not only the first. An import is accepted whole or rejected whole
 * (issue 3), so the caller gets all bad lines at once.
 */
export class InputError extends CalcError {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], summary = 'Ugyldigt input') {
    super('INVALID_INPUT', `${summary}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}
