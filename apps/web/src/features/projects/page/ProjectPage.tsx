import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { projectPageUi as t } from '../../../shared';
import { ChangeList } from '../../../components/ChangeList';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useViewer } from '../../auth/useViewer';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { BudgetSection } from './BudgetSection';
import { EvaluationSection } from './EvaluationSection';
import { IndicatorsSection } from './IndicatorsSection';
import { MilestonesSection } from './MilestonesSection';
import { OffersSection } from './OffersSection';
import { OwnershipSection } from './OwnershipSection';
import { ProjectHeader } from './ProjectHeader';
import { PurposeSection } from './PurposeSection';
import { PROJECT_DETAIL_QUERY } from './projectPageQueries';
import { StatusReportsSection } from './StatusReportsSection';

/**
 * "/projekter/:id": one project with its ownership, offers, milestones, budget, status reports, indicators,
 * evaluation and history. The staff unit edits everything here; the owning unit's project lead writes
 * status reports and indicator values (a project lead only ever sees the projects its unit owns).
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PROJECT_DETAIL_QUERY, { variables: { id } });
  const role = useViewer().data?.me?.role;
  const canEdit = role === 'sundhedsstab';
  const canReport = role === 'sundhedsstab' || role === 'projektleder';
  const [message, setMessage] = useState('');
  const project = data?.project;
  useDocumentTitle(project ? project.name : t.title);

  const back = (
    <p className="back-link">
      <Link to="/projekter">{t.backToList}</Link>
    </p>
  );

  if (loading && !data) {
    return (
      <div className="page">
        {back}
        <h1>{t.title}</h1>
        <LoadingStatus />
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="page">
        {back}
        <h1>{t.title}</h1>
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      </div>
    );
  }
  if (!project) {
    return (
      <div className="page">
        {back}
        <h1>{t.notFound}</h1>
      </div>
    );
  }

  return (
    <div className="page project-page">
      {back}
      <h1>{project.name}</h1>
      <p className="live-message" role="status" aria-live="polite">
        {message}
      </p>
      <ProjectHeader project={project} canManage={canEdit} showTheme={role !== 'projektleder'} />
      <PurposeSection project={project} />
      <OwnershipSection ownership={project.ownership} />
      <OffersSection offers={project.offers} />
      <MilestonesSection
        projectId={project.id}
        milestones={project.milestones}
        canEdit={canEdit}
        onMessage={setMessage}
      />
      <BudgetSection projectId={project.id} lines={project.budgetLines} canEdit={canEdit} onMessage={setMessage} />
      <StatusReportsSection
        projectId={project.id}
        reports={project.statusReports}
        canReport={canReport}
        onMessage={setMessage}
      />
      <IndicatorsSection
        projectId={project.id}
        indicators={project.indicators}
        canEdit={canEdit}
        canReport={canReport}
        onMessage={setMessage}
      />
      <EvaluationSection project={project} />
      {role !== 'projektleder' && (
        <ChangeList changes={project.changes} title={t.historyTitle} headingId="project-history-title" showRecord />
      )}
    </div>
  );
}
