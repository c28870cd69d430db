import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { followUpUi } from '../../shared';
import { ChangeList } from '../../components/ChangeList';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { THEME_HISTORY_QUERY } from './themeQueries';

/**
 * The theme's history (the theme, its milestones and budget lines) in Danish. `refreshKey` changes after
 * every save on the page, and the history is fetched again so the change shows at once.
 */
export function ThemeHistory({ themeId, refreshKey }: { themeId: string; refreshKey: number }) {
  const { data, loading, error, refetch } = useQuery(THEME_HISTORY_QUERY, { variables: { id: themeId } });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetch().catch(() => undefined);
  }, [refreshKey, refetch]);
  const changes = data?.theme?.changes;
  if (changes) {
    return (
      <ChangeList changes={changes} title={followUpUi.theme.historyTitle} headingId="theme-history-title" showRecord />
    );
  }
  return (
    <section className="panel" aria-labelledby="theme-history-title">
      <h2 id="theme-history-title">{followUpUi.theme.historyTitle}</h2>
      {loading ? (
        <LoadingStatus />
      ) : error ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
    </section>
  );
}
