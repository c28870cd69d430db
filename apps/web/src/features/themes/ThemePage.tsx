import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { StatusLabel } from '../../components/StatusLabel';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { BudgetLineSection } from './BudgetLineSection';
import { MilestoneSection } from './MilestoneSection';
import { ThemeForm } from './ThemeForm';
import { ThemeHistory } from './ThemeHistory';
import { THEME_QUERY } from './themeQueries';

/** "/temaer/:id": one theme with milestones and budget; the staff unit edits it here. */
export function ThemePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(THEME_QUERY, { variables: { id } });
  const viewer = useViewer().data?.me;
  const canEdit = viewer?.role === 'sundhedsstab';
  const [editingTheme, setEditingTheme] = useState(false);
  const [message, setMessageText] = useState('');
  // Bumped by every save, so the history shows the change at once.
  const [saves, setSaves] = useState(0);
  const setMessage = (text: string) => {
    setMessageText(text);
    setSaves((count) => count + 1);
  };
  const theme = data?.theme;
  useDocumentTitle(theme ? ui.themes.heading(theme.code, theme.title) : ui.themes.title);

  const back = (
    <p className="back-link">
      <Link to="/temaer">{ui.themes.backToList}</Link>
    </p>
  );

  if (loading && !data) {
    return (
      <div className="page">
        {back}
        <h1>{ui.themes.title}</h1>
        <LoadingStatus />
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="page">
        {back}
        <h1>{ui.themes.title}</h1>
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      </div>
    );
  }
  if (!theme) {
    return (
      <div className="page">
        {back}
        <h1>{ui.themes.notFound}</h1>
      </div>
    );
  }

  return (
    <div className="page">
      {back}
      <h1>{ui.themes.heading(theme.code, theme.title)}</h1>
      <p className="live-message" role="status" aria-live="polite">
        {message}
      </p>
      {editingTheme ? (
        <ThemeForm
          theme={theme}
          onDone={(saved) => {
            setEditingTheme(false);
            if (saved) setMessage(ui.themes.saved);
          }}
        />
      ) : (
        <section className="panel" aria-label={ui.themes.description}>
          <dl className="facts facts--wide">
            <div>
              <dt>{ui.themes.status}</dt>
              <dd>
                <StatusLabel status={theme.status} />
              </dd>
            </div>
            <div>
              <dt>{ui.themes.kind}</dt>
              <dd>{ui.themeKind[theme.kind]}</dd>
            </div>
            {theme.timeFrame && (
              <div>
                <dt>{ui.themes.timeFrame}</dt>
                <dd>{theme.timeFrame}</dd>
              </div>
            )}
            <div>
              <dt>{ui.themes.responsibleUnits}</dt>
              <dd>
                {theme.responsibleUnits.length === 0
                  ? ui.themes.noUnits
                  : theme.responsibleUnits.map((unit) => unit.name).join(', ')}
              </dd>
            </div>
          </dl>
          <p className="prose">{theme.description}</p>
          <p className="muted">
            {ui.themes.updatedAt(formatDate(theme.updatedAt))}{' '}
            <SourceButton source={theme.source} label={ui.themes.heading(theme.code, theme.title)} />
          </p>
          {canEdit && (
            <button type="button" className="button" onClick={() => setEditingTheme(true)}>
              {ui.themes.editTheme}
            </button>
          )}
        </section>
      )}
      <MilestoneSection themeId={theme.id} milestones={theme.milestones} canEdit={canEdit} onMessage={setMessage} />
      <BudgetLineSection themeId={theme.id} lines={theme.budgetLines} canEdit={canEdit} onMessage={setMessage} />
      <ThemeHistory themeId={theme.id} refreshKey={saves} />
    </div>
  );
}
