import { followUpUi, ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceFootnotes } from '../../components/SourceFootnotes';
import { GrantList } from '../cluster/GrantList';
import { BodyList } from '../organisation/BodyList';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { AttentionPanel } from './AttentionList';
import { BudgetSection } from './BudgetSection';
import { ThemeTimeline } from './ThemeTimeline';
import { CofinancingCard } from '../cofinancing/CofinancingCard';
import { ProposalNotices } from '../proposals/ProposalNotices';
import { OVERVIEW_GRANT_YEAR, useOverview } from './useOverview';

/** "/": the director's steering-group overview: themes, budget, organisation, cluster grants. */
export function OverviewPage() {
  useDocumentTitle(ui.overview.title);
  const { data, loading, error, refetch } = useOverview();
  const overview = data?.overview;
  return (
    <div className="page overview-page">
      <h1>{ui.overview.title}</h1>
      <AttentionPanel />
      <ProposalNotices />
      <CofinancingCard />
      {loading && !overview ? (
        <LoadingStatus />
      ) : error && !overview ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : overview ? (
        <>
          <p className="lead">{ui.overview.intro(overview.municipality.name)}</p>
          <p className="overview-actions">
            <a className="button button--secondary" href="/api/overview/export.xlsx" download>
              {followUpUi.export.overviewExcel}
            </a>
          </p>
          {overview.themes.length === 0 &&
          overview.bodies.length === 0 &&
          overview.clusters.every((c) => c.grants.length === 0) ? (
            <EmptyState text={ui.overview.empty} />
          ) : (
            <SourceFootnotes
              sources={[
                ...overview.themes.flatMap((theme) => theme.milestones.map((milestone) => milestone.source)),
                ...overview.themes.flatMap((theme) => theme.budgetLines.map((line) => line.source)),
                ...overview.bodies.map((body) => body.source),
                ...overview.clusters.flatMap((cluster) =>
                  cluster.grants.flatMap((grant) => [grant.source, ...grant.changes.map((change) => change.source)]),
                ),
              ]}
            >
              <section className="panel" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ui.overview.timelineTitle}</h2>
                {overview.themes.length === 0 ? (
                  <EmptyState text={ui.overview.noThemes} />
                ) : (
                  <ThemeTimeline themes={overview.themes} linkThemes />
                )}
              </section>
              <BudgetSection themes={overview.themes} />
              <section className="panel" aria-labelledby="bodies-title">
                <h2 id="bodies-title">{ui.overview.bodiesTitle}</h2>
                {overview.bodies.length === 0 ? (
                  <EmptyState text={ui.overview.bodiesEmpty} />
                ) : (
                  <BodyList bodies={overview.bodies} />
                )}
              </section>
              <section className="panel" aria-labelledby="grants-title">
                <h2 id="grants-title">{ui.overview.grantsTitle(OVERVIEW_GRANT_YEAR)}</h2>
                {overview.clusters.every((cluster) => cluster.grants.length === 0) ? (
                  <EmptyState text={ui.overview.grantsEmpty} />
                ) : (
                  overview.clusters
                    .filter((cluster) => cluster.grants.length > 0)
                    .map((cluster) => (
                      <div key={cluster.id} className="cluster-grants">
                        <h3>{cluster.name}</h3>
                        <GrantList grants={cluster.grants} headingLevel={4} />
                      </div>
                    ))
                )}
              </section>
            </SourceFootnotes>
          )}
        </>
      ) : null}
    </div>
  );
}
