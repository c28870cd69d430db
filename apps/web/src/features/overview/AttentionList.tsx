import { useState } from 'react';
import { Link } from 'react-router';
import { followUpUi, formatDate, formatNumber } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { groupAttentionItems, useAttentionItems, type AttentionGroup, type AttentionItemData } from './attentionQuery';

interface AttentionListProps {
  items: readonly AttentionItemData[];
  /** Level of the kind headings (the list's own heading is one above). */
  headingLevel?: 2 | 3 | 4;
  /** Text when there are no items. */
  emptyText?: string;
  /** Items shown per kind before "Vis alle N" (absent: all). */
  limit?: number;
}

/** Attention items grouped by kind, each a link to where it is fixed, with its day in Danish. */
export function AttentionList({
  items,
  headingLevel = 3,
  emptyText = followUpUi.attention.empty,
  limit,
}: AttentionListProps) {
  if (items.length === 0) return <EmptyState text={emptyText} />;
  return (
    <div className="attention">
      {groupAttentionItems(items).map((group) => (
        <AttentionGroupList key={group.kind} group={group} headingLevel={headingLevel} limit={limit} />
      ))}
    </div>
  );
}

/** One kind: its heading with the count, its items (the first `limit` until the user asks for all). */
function AttentionGroupList({
  group,
  headingLevel,
  limit,
}: {
  group: AttentionGroup;
  headingLevel: 2 | 3 | 4;
  limit: number | undefined;
}) {
  const [all, setAll] = useState(false);
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const listId = `attention-${group.kind}-items`;
  const cut = limit !== undefined && group.items.length > limit;
  const shown = cut && !all ? group.items.slice(0, limit) : group.items;
  return (
    <section className="attention__group" aria-labelledby={`attention-${group.kind}`}>
      <Heading id={`attention-${group.kind}`} className="attention__kind">
        {followUpUi.attention.groupCount(group.label, group.items.length)}
      </Heading>
      <ul className="attention__items" id={listId}>
        {shown.map((item) => (
          <li key={item.id} className={`attention__item attention__item--${item.kind.toLowerCase()}`}>
            <Link to={item.route}>{item.title}</Link>{' '}
            <span className="attention__date">
              <span className="visually-hidden">{followUpUi.attention.dateLabel}: </span>
              <time dateTime={item.date}>{formatDate(item.date)}</time>
            </span>
          </li>
        ))}
      </ul>
      {cut && (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((v) => !v)}
        >
          {all ? followUpUi.attention.showFewer : followUpUi.attention.showAll(formatNumber(group.items.length))}
          <span className="visually-hidden"> {followUpUi.attention.ofKind(group.label)}</span>
        </button>
      )}
    </section>
  );
}

/** Items per kind on the overview: a portfolio can have thousands; the rest are one click away. */
const OVERVIEW_LIMIT = 5;

/** "Kræver opmærksomhed" as a panel (the top of the director's overview): the count in the heading. */
export function AttentionPanel() {
  const { data, loading, error, refetch } = useAttentionItems();
  const items = data?.attentionItems;
  return (
    <section className="panel attention-panel" aria-labelledby="attention-title">
      <h2 id="attention-title">
        {items ? followUpUi.attention.titleWithCount(items.length) : followUpUi.attention.title}
      </h2>
      {loading && !items ? (
        <LoadingStatus text={followUpUi.attention.loading} />
      ) : error && !items ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : items ? (
        <AttentionList items={items} limit={OVERVIEW_LIMIT} />
      ) : null}
    </section>
  );
}
