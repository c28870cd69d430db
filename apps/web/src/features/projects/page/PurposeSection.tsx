import { projectPageUi as t } from '../../../shared';
import { SourceButton } from '../../../components/SourceButton';
import type { ProjectDetailData } from './projectPageQueries';

/** Purpose and target group with their sources, and the facts no document states ("Ikke oplyst i dokumenterne"). */
export function PurposeSection({ project }: { project: ProjectDetailData }) {
  const fact = (label: string, value: string | null, source: ProjectDetailData['purposeSource']) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {value ?? <em className="missing-fact">{t.missing}</em>}{' '}
        {value && <SourceButton source={source} label={`${label}: ${project.name}`} />}
      </dd>
    </div>
  );
  return (
    <section className="panel" aria-labelledby="project-purpose-title">
      <h2 id="project-purpose-title">{t.purposeTitle}</h2>
      <dl className="facts facts--prose">
        {fact(t.purpose, project.purpose, project.purposeSource)}
        {fact(t.targetGroup, project.targetGroup, project.targetGroupSource)}
      </dl>
      {project.missingFacts.length > 0 && (
        <>
          <h3>{t.missingTitle}</h3>
          <p>{t.missingIntro}</p>
          <ul className="missing-facts">
            {project.missingFacts.map((name) => (
              <li key={name}>
                {name}: <em>{t.missing}</em>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
