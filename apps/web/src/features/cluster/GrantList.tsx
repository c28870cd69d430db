import { formatKr, ui } from '../../shared';
import { SourceButton } from '../../components/SourceButton';
import type { GrantData } from '../overview/fragments';
import { grantChangeText } from './grantChangeText';

/** Cluster grants with their current amount and every change, each pointing to its decision. */
export function GrantList({ grants, headingLevel = 3 }: { grants: GrantData[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="card-list">
      {grants.map((grant) => (
        <li key={grant.id} className="card">
          <Heading className="card__title">{grant.title}</Heading>
          <p className="card__figure">
            <span className="figure">
              {grant.amountKr == null ? ui.grants.amountUnknown : formatKr(grant.amountKr)}
            </span>{' '}
            <SourceButton source={grant.source} label={grant.title} />
          </p>
          <dl className="facts">
            <div>
              <dt>{ui.grants.area}</dt>
              <dd>{ui.grantArea[grant.area]}</dd>
            </div>
            {grant.hostMunicipality && (
              <div>
                <dt>{ui.grants.host}</dt>
                <dd>{grant.hostMunicipality.name}</dd>
              </div>
            )}
            {grant.targetGroup && (
              <div>
                <dt>{ui.grants.targetGroup}</dt>
                <dd>{grant.targetGroup}</dd>
              </div>
            )}
            {grant.posts && (
              <div>
                <dt>{ui.grants.posts}</dt>
                <dd>{grant.posts}</dd>
              </div>
            )}
          </dl>
          {grant.purpose && <p>{grant.purpose}</p>}
          <p className="card__subtitle">{ui.grants.history}</p>
          {grant.changes.length === 0 ? (
            <p>{ui.grants.noHistory}</p>
          ) : (
            <ol className="history">
              {grant.changes.map((change) => (
                <li key={change.id}>
                  {grantChangeText(change)}
                  {change.note && <span className="history__note"> ({change.note})</span>}{' '}
                  <SourceButton source={change.source} label={ui.grants.changeSource(grant.title)} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
