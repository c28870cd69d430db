import { useSearchParams } from 'react-router';
import { followUpUi, projectMessages } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/LoadingStatus';
import { AttentionList } from '../overview/AttentionList';
import { useAttentionItems } from '../overview/attentionQuery';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ProposalNotices } from '../proposals/ProposalNotices';

/** The URL parameter of the kind filter: /opgaver?art=LATE_MILESTONE. */
const KIND_PARAM = 'art';

/**
 * "/opgaver": the staff unit's (or a project lead's) work queue: the same items as "Kræver opmærksomhed"
 * on the director's overview, filtered by kind, the filter kept in the URL so it can be shared and reloaded.
 */
export function TasksPage() {
  const t = followUpUi.tasks;
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const kind = params.get(KIND_PARAM) ?? '';
  const { data, loading, error, refetch } = useAttentionItems();
  const items = data?.attentionItems;

  // Every kind the catalogue knows, and any newer kind the API sends, in a stable order.
  const kinds = new Map<string, string>(Object.entries(projectMessages.attentionKind));
  for (const item of items ?? []) if (!kinds.has(item.kind)) kinds.set(item.kind, item.kindLabel);
  const shown = items?.filter((item) => !kind || item.kind === kind) ?? [];

  return (
    <div className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ProposalNotices />
      {loading && !items ? (
        <LoadingStatus text={followUpUi.attention.loading} />
      ) : error && !items ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : items ? (
        <>
          <div className="tasks-filter">
            <FormField id="tasks-kind" label={t.filterLabel}>
              {(control) => (
                <select
                  {...control}
                  value={kind}
                  onChange={(event) => {
                    const next = new URLSearchParams(params);
                    if (event.target.value) next.set(KIND_PARAM, event.target.value);
                    else next.delete(KIND_PARAM);
                    setParams(next, { replace: true });
                  }}
                >
                  <option value="">{t.filterAll}</option>
                  {[...kinds].map(([code, label]) => (
                    <option key={code} value={code}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <p className="muted" role="status" aria-live="polite">
              {t.shown(shown.length, items.length)}
            </p>
          </div>
          <AttentionList
            items={shown}
            headingLevel={2}
            emptyText={items.length > 0 ? t.filterEmpty : followUpUi.attention.empty}
          />
        </>
      ) : null}
    </div>
  );
}
