import type { InputIssue } from '../errors/CalcError';

/** One Danish line per issue: "linje 4, kolonne age_group: …" or "$.cohorts[0].participants: …". */
export function formatIssue(issue: InputIssue): string {
  if (issue.line !== undefined) {
    const where = issue.column === undefined ? `linje ${issue.line}` : `linje ${issue.line}, kolonne ${issue.column}`;
    return `${where}: ${issue.message}`;
  }
  if (issue.path !== undefined) return `${issue.path}: ${issue.message}`;
  return issue.message;
}
