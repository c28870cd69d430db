import { Link } from 'react-router';
import { formatDate, projectPageUi as t } from '../../../shared';
import { ReportColourLabel } from '../../../components/ReportColourLabel';
import { SourceButton } from '../../../components/SourceButton';
import { StatusLabel } from '../../../components/StatusLabel';
import type { ProjectDetailData } from './projectPageQueries';

/** The project's facts: status, owner, theme, latest status colour, period, and the late and missing flags. */
export function ProjectHeader({
  project,
  canManage,
  showTheme,
}: {
  project: ProjectDetailData;
  canManage: boolean;
  /** False for a project lead, whom the API does not show themes. */
  showTheme: boolean;
}) {
  const latest = project.latestStatusReport;
  return (
    <section className="panel" aria-labelledby="project-facts-title">
      <h2 id="project-facts-title">{t.facts}</h2>
      <dl className="facts facts--wide">
        <div>
          <dt>{t.status}</dt>
          <dd>
            <StatusLabel status={project.status} />
          </dd>
        </div>
        <div>
          <dt>{t.owner}</dt>
          <dd>{project.ownerUnit?.name ?? t.missing}</dd>
        </div>
        {showTheme && (
          <div>
            <dt>{t.theme}</dt>
            <dd>
              {project.theme ? (
                <Link to={`/temaer/${project.theme.id}`}>{t.themeLabel(project.theme.code, project.theme.title)}</Link>
              ) : (
                t.noTheme
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t.latestReport}</dt>
          <dd>
            {latest ? (
              <ReportColourLabel
                colour={latest.colour}
                label={latest.colourLabel}
                suffix={t.reportFor(latest.quarterLabel)}
              />
            ) : (
              t.noReport
            )}
          </dd>
        </div>
        {(project.startDate || project.endDate) && (
          <div>
            <dt>{t.period}</dt>
            <dd>
              {t.periodValue(
                project.startDate ? formatDate(project.startDate) : t.unknownDate,
                project.endDate ? formatDate(project.endDate) : t.unknownDate,
              )}
            </dd>
          </div>
        )}
      </dl>
      {(project.lateMilestoneCount > 0 || project.missingStatusReport || project.closedOn) && (
        <ul className="project-flags">
          {project.lateMilestoneCount > 0 && (
            <li className="timeliness timeliness--late">
              <span aria-hidden="true" className="timeliness__icon">
                ⚠{' '}
              </span>
              {t.lateCount(project.lateMilestoneCount)}
            </li>
          )}
          {project.missingStatusReport && (
            <li className="timeliness timeliness--late">
              <span aria-hidden="true" className="timeliness__icon">
                ⚠{' '}
              </span>
              {t.missingReport(project.missingStatusReport.label)}
            </li>
          )}
          {project.closedOn && <li>{t.closed(formatDate(project.closedOn), project.closedReason ?? '')}</li>}
        </ul>
      )}
      {project.description && <p className="prose">{project.description}</p>}
      <p className="muted">
        {t.updatedAt(formatDate(project.updatedAt))} <SourceButton source={project.source} label={project.name} />
      </p>
      {canManage && (
        <nav aria-label={t.actions} className="form__actions">
          <Link className="button button--secondary" to={`/projekter/${project.id}/rediger`}>
            {t.edit}
          </Link>
          <Link className="button button--secondary" to={`/projekter/${project.id}/flyt`}>
            {t.move}
          </Link>
          {!project.closedOn && (
            <Link className="button button--secondary" to={`/projekter/${project.id}/luk`}>
              {t.close}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
