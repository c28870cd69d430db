import { ui } from '../../shared';
import { useDocumentTitle } from '../shell/useDocumentTitle';

/** "/tilbud": the offer catalogue is a later issue; say so plainly and show no invented offers. */
export function OffersPage() {
  useDocumentTitle(ui.offers.title);
  return (
    <section className="page page--narrow" aria-labelledby="offers-title">
      <h1 id="offers-title">{ui.offers.title}</h1>
      <div className="notice" role="note">
        <p className="notice__title">{ui.offers.building}</p>
        <p>{ui.offers.explanation}</p>
      </div>
    </section>
  );
}
