import { ui } from '../../shared';
import type { OfferStatus } from './offerQueries';

/** The offer's status as a word with a marker; nothing for an ordinary active offer unless `always`. */
export function OfferStatusBadge({ status, always = false }: { status: OfferStatus; always?: boolean }) {
  if (status === 'ACTIVE' && !always) return null;
  return (
    <span className={`status offer-status offer-status--${status.toLowerCase().replace('_', '-')}`}>
      <span className="status__marker" aria-hidden="true" />
      {ui.offers.status[status]}
    </span>
  );
}
