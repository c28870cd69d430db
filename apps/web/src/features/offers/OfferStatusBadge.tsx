import { ui } from '../../shared';
import type { OfferStatus } from './offerQueries';

/**
 * The offer's status as a word with a marker; nothing for an ordinary active offer unless `always`, and
 * never "Aktiv" for an active offer whose courses have all ended (its CourseNote says "Næste hold ikke
 * fastlagt").
 */
export function OfferStatusBadge({
  status,
  always = false,
  coursesEnded = false,
}: {
  status: OfferStatus;
  always?: boolean;
  coursesEnded?: boolean;
}) {
  if (status === 'ACTIVE' && (!always || coursesEnded)) return null;
  return (
    <span className={`status offer-status offer-status--${status.toLowerCase().replace('_', '-')}`}>
      <span className="status__marker" aria-hidden="true" />
      {ui.offers.status[status]}
    </span>
  );
}
