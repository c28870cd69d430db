import type { Role } from '../../__generated__/graphql';

/** Where each role lands after sign-in: its main task (see docs/reference/domain.md, "Who uses it"). */
export function startPath(role: Role): string {
  switch (role) {
    case 'frontmedarbejder':
      return '/tilbud';
    case 'klyngesekretariat':
      return '/klynge';
    case 'sundhedsstab':
    case 'direktoer':
      return '/';
    case 'projektleder':
      // A centre's project lead writes its projects' status reports (issue 9): the projects page.
      return '/projekter';
  }
}
