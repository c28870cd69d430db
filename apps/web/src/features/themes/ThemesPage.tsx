import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { StatusLabel } from '../../components/StatusLabel';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { THEMES_QUERY } from './themeQueries';
import { ActualSpendImport } from './ActualSpendImport';

/** "/temaer": the strategic themes A–G with kind, status and time frame. */
export function ThemesPage() {
  useDocumentTitle(ui.themes.title);
  const { data, loading, error, refetch } = useQuery(THEMES_QUERY);
  const themes = data?.themes;
  return (
    <div className="page">
      <h1>{ui.themes.title}</h1>
      {loading && !themes ? (
        <LoadingStatus />
      ) : error && !themes ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !themes || themes.length === 0 ? (
        <EmptyState text={ui.themes.empty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={ui.themes.listCaption} tabIndex={0}>
          <table className="data-table">
            <caption>{ui.themes.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ui.themes.code}</th>
                <th scope="col">{ui.themes.name}</th>
                <th scope="col">{ui.themes.kind}</th>
                <th scope="col">{ui.themes.status}</th>
                <th scope="col">{ui.themes.timeFrame}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => (
                <tr key={theme.id}>
                  <th scope="row">
                    <span className="theme-code">{theme.code}</span>
                  </th>
                  <td>
                    <Link to={`/temaer/${theme.id}`}>{theme.title}</Link>
                  </td>
                  <td>{ui.themeKind[theme.kind]}</td>
                  <td>
                    <StatusLabel status={theme.status} />
                  </td>
                  <td>{theme.timeFrame ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActualSpendImport />
    </div>
  );
}
