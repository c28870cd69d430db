import { projectMessages, projectPageUi as t } from '../../../shared';
import { SourceButton } from '../../../components/SourceButton';
import type { ProjectDetailData } from './projectPageQueries';

const fact = projectMessages.missingFact;
/** Missing facts the page already states where they stand: purpose and target group in this section, the
 * owner in the header, the evaluation in its own section. Listing them again said each one twice. */
const statedInPlace = new Set([fact.purpose, fact.targetGroup, fact.ownerUnit, fact.evaluation]);

/** Purpose and target group with their sources, and the facts no document states ("Ikke oplyst i dokumenterne"),
 * each said once. */
export function PurposeSection({ project }: { project: ProjectDetailData }) {
  const listed = project.missingFacts.filter((name) => !statedInPlace.has(name));
  const row = (label: string, value: string | null, source: ProjectDetailData['purposeSource']) => (
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
        {row(t.purpose, project.purpose, project.purposeSource)}
        {row(t.targetGroup, project.targetGroup, project.targetGroupSource)}
      </dl>
      {listed.length > 0 && (
        <>
          <h3>{t.missingTitle}</h3>
          <p>{t.missingIntro}</p>
          <ul className="missing-facts">
            {listed.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
