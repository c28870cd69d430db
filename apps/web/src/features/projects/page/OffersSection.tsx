import { Link } from 'react-router';
import { projectPageUi as t } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import type { ProjectDetailData } from './projectPageQueries';

/** The offers that belong to the project, each linking to its page in the catalogue. */
export function OffersSection({ offers }: { offers: ProjectDetailData['offers'] }) {
  return (
    <section className="panel" aria-labelledby="project-offers-title">
      <h2 id="project-offers-title">{t.offersTitle}</h2>
      {offers.length === 0 ? (
        <EmptyState text={t.offersEmpty} />
      ) : (
        <ul>
          {offers.map((offer) => (
            <li key={offer.id}>
              <Link to={`/tilbud/${offer.id}`}>{offer.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
