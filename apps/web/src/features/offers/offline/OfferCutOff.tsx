import { Link } from 'react-router';
import { ui } from '../../../shared';
import { OfflineBanner } from './OfflineBanner';

/** The offer page and the print sheet without a network and without the offer in the device's copy (ADR 053). */
export function OfferCutOff({ back }: { back: string }) {
  return (
    <div className="page page--narrow">
      <h1>{ui.offers.title}</h1>
      <OfflineBanner savedAt={null} withoutCopy about="offer" />
      <Link to={back}>{ui.offers.backToSearch}</Link>
    </div>
  );
}
