import { Link } from 'react-router';
import { ui } from '../../shared';
import { CourseNote } from './CourseNote';
import { offerFromSearch } from './searchReturn';
import { costText } from './costText';
import { locationText } from './locationText';
import { OfferStatusBadge } from './OfferStatusBadge';
import { scheduleText } from './scheduleText';
import type { OfferSearchHitData } from './searchQueries';

/**
 * One hit: name (the link), short text, status/alert, age, cost, where, when, and why it matched. `search`
 * is the search page's query string the hit came from (not read from the location: that would re-render
 * every card per keystroke, ADR 066).
 */
export function SearchHitCard({ hit, search }: { hit: OfferSearchHitData; search: string }) {
  const { offer, reasons } = hit;
  const headingId = `hit-${offer.id}`;
  return (
    <article className="hit" aria-labelledby={headingId}>
      <h2 className="hit__title" id={headingId}>
        <Link to={offerFromSearch(offer.id, search)}>{offer.name}</Link>
      </h2>
      <p className="hit__badges">
        <OfferStatusBadge status={offer.status} coursesEnded={offer.coursesEnded} />
        {offer.isDemoData && <span className="badge">{ui.offers.demoData}</span>}
      </p>
      {offer.alert && <p className="hit__alert">{offer.alert}</p>}
      <CourseNote offer={offer} className="hit__alert" />
      <p className="hit__text">{offer.shortDescription}</p>
      <dl className="hit__facts">
        <div>
          <dt>{ui.offers.ages}</dt>
          <dd>{ui.offers.ageRange(offer.minAge, offer.maxAge)}</dd>
        </div>
        <div>
          <dt>{ui.offers.cost}</dt>
          <dd>{costText(offer.costKr)}</dd>
        </div>
        {offer.locations[0] && (
          <div>
            <dt>{ui.offers.where}</dt>
            <dd>{locationText(offer.locations[0])}</dd>
          </div>
        )}
        {offer.schedules[0] && (
          <div>
            <dt>{ui.offers.when}</dt>
            <dd>{scheduleText(offer.schedules[0])}</dd>
          </div>
        )}
      </dl>
      {reasons.length > 0 && (
        <div className="hit__why">
          <p className="hit__why-title">{ui.offers.whyMatched}</p>
          <ul className="chips">
            {reasons.map((reason) => (
              <li key={reason} className="chip chip--static">
                {reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
