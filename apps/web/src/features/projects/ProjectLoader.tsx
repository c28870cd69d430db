import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { projectsUi as t } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { PROJECT_FORM_QUERY, type EditableProject } from './portfolioQueries';

/** Loads the project a form changes: loading, error and "not found" states, then the form. */
export function ProjectLoader({ id, children }: { id: string; children: (project: EditableProject) => ReactNode }) {
  const { data, loading, error, refetch } = useQuery(PROJECT_FORM_QUERY, { variables: { id } });
  const project = data?.project;
  if (loading && !project) return <LoadingStatus text={t.loadingProject} />;
  if (error && !project)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!project)
    return (
      <>
        <EmptyState text={t.notFound} />
        <p>
          <Link to="/projekter">{t.backToList}</Link>
        </p>
      </>
    );
  return <>{children(project)}</>;
}
