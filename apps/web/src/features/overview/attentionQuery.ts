import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { AttentionItemsQuery } from '../../__generated__/graphql';

export type AttentionItemData = AttentionItemsQuery['attentionItems'][number];

/** "Kræver opmærksomhed": the director's list, the staff unit's and a project lead's work queue. */
export const ATTENTION_ITEMS_QUERY = graphql(`
  query AttentionItems {
    attentionItems {
      id
      kind
      kindLabel
      title
      route
      date
      projectId
      themeId
      offerId
    }
  }
`);

export function useAttentionItems() {
  return useQuery(ATTENTION_ITEMS_QUERY);
}

/** The order kinds are shown in; kinds added later follow in the order they first appear. */
const KIND_ORDER: readonly string[] = [
  'LATE_MILESTONE',
  'RED_PROJECT',
  'MISSING_STATUS_REPORT',
  'STATUS_REPORT_DUE',
  'BUDGET_OVERRUN',
  'CLUSTER_FOLLOW_UP_OVERDUE',
  'GRANT_WITHOUT_FOLLOW_UP',
  'COURSES_ENDED',
  'COFINANCING_DEVIATION',
];

export interface AttentionGroup {
  kind: AttentionItemData['kind'];
  label: string;
  items: AttentionItemData[];
}

/** Items grouped by kind (known kinds first, in a fixed order), each group oldest first as the API gives it. */
export function groupAttentionItems(items: readonly AttentionItemData[]): AttentionGroup[] {
  const groups = new Map<string, AttentionGroup>();
  for (const item of items) {
    const group = groups.get(item.kind) ?? { kind: item.kind, label: item.kindLabel, items: [] };
    group.items.push(item);
    groups.set(item.kind, group);
  }
  const rank = (kind: string) => {
    const index = KIND_ORDER.indexOf(kind);
    return index === -1 ? KIND_ORDER.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind));
}
