// Test data for "Kræver opmærksomhed" (component tests of the overview and /opgaver).
import { projectMessages } from '../src/shared';
import type { AttentionItemData } from '../src/features/overview/attentionQuery';

export function attentionItem(
  kind: AttentionItemData['kind'],
  id: string,
  title: string,
  date: string,
  route: string,
): AttentionItemData {
  const kindLabel = projectMessages.attentionKind[kind] ?? kind;
  return {
    __typename: 'AttentionItem',
    id,
    kind,
    kindLabel,
    title,
    route,
    date,
    projectId: route.startsWith('/projekter/') ? route.slice('/projekter/'.length) : null,
    themeId: route.startsWith('/temaer/') ? route.slice('/temaer/'.length) : null,
    offerId: route.startsWith('/tilbud/') ? route.slice('/tilbud/'.length) : null,
  };
}

export const attentionItems: AttentionItemData[] = [
  attentionItem('RED_PROJECT', 'red:p-1', 'CoolKids: rød status i 3. kvt. 2026', '2026-09-30', '/projekter/p-1'),
  attentionItem('LATE_MILESTONE', 'late:ms-c1', 'Tema C: Projektudvikling', '2016-12-31', '/temaer/t-C'),
  attentionItem('LATE_MILESTONE', 'late:ms-p2', 'Rygestop: Første hold', '2026-03-31', '/projekter/p-2'),
  attentionItem('COURSES_ENDED', 'ended:o-1', 'Rygestopkursus: alle forløb er slut', '2026-11-01', '/tilbud/o-1'),
];
