import { formatDate, projectPageUi as t } from '../../../shared';
import { SourceButton } from '../../../components/SourceButton';
import type { ProjectDetailData } from './projectPageQueries';

/** The evaluation: method, result, date and a link to the report, each "Ikke oplyst i dokumenterne" when absent. */
export function EvaluationSection({ project }: { project: ProjectDetailData }) {
  const missing = <em className="missing-fact">{t.missing}</em>;
  return (
    <section className="panel" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t.evaluationTitle}</h2>
      <dl className="facts">
        <div>
          <dt>{t.evaluationMethod}</dt>
          <dd>{project.evaluationMethod ?? missing}</dd>
        </div>
        <div>
          <dt>{t.evaluationResult}</dt>
          <dd>{project.evaluationResult ?? missing}</dd>
        </div>
        <div>
          <dt>{t.evaluationDate}</dt>
          <dd>{project.evaluationDate ? formatDate(project.evaluationDate) : missing}</dd>
        </div>
        <div>
          <dt>{t.evaluationLink}</dt>
          <dd>
            {project.evaluationUrl ? (
              <a href={project.evaluationUrl} target="_blank" rel="noreferrer">
                {t.evaluationOpen}
              </a>
            ) : (
              missing
            )}
          </dd>
        </div>
      </dl>
      <SourceButton source={project.evaluationSource} label={t.evaluationWhat} />
    </section>
  );
}
