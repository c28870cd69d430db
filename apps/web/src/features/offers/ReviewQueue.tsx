import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { staleIds } from '../../components/conflict';
import { formatDate, monthsBefore, now, reviewReasons, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { errorMessage } from '../../components/errorMessage';
import { ASSURE_OFFERS_MUTATION } from './offerMutations';
import { REVIEW_QUEUE_QUERY, type ReviewGroupData } from './maintenanceQueries';

type ReviewOffer = ReviewGroupData['offers'][number];

/**
 * Why the offer is listed, by the API's own rule (offerReview.ts): "Ikke bekræftet siden 5.4.2026", or
 * "Alle hold er afsluttet, det sidste 30.11.2026 · bekræftet 5.10.2026" for a recently confirmed offer.
 */
function reasonText(offer: ReviewOffer, months: number): string {
  const t = ui.offers.reviewReason;
  const reasons = reviewReasons(offer, monthsBefore(now(), months));
  const parts = reasons.map((reason) =>
    reason === 'NEVER_CONFIRMED'
      ? t.NEVER_CONFIRMED()
      : reason === 'NOT_CONFIRMED'
        ? t.NOT_CONFIRMED(formatDate(offer.assuredAt as string))
        : t.COURSES_ENDED(offer.lastCourseDay ? formatDate(offer.lastCourseDay) : null),
  );
  if (offer.assuredAt && !reasons.includes('NOT_CONFIRMED'))
    parts.push(ui.offers.lastAssured(formatDate(offer.assuredAt)));
  return parts.join(' · ');
}

/**
 * Offers not confirmed for 6 or 12 months, or with all courses ended, by owning unit; each entry says
 * why it is listed; tick and "Bekræft valgte".
 */
export function ReviewQueue() {
  const [months, setMonths] = useState(6);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE_QUERY, {
    variables: { months },
    fetchPolicy: 'cache-and-network',
  });
  const [assure, { loading: assuring }] = useMutation(ASSURE_OFFERS_MUTATION);
  const groups = data?.reviewQueue;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const confirm = async () => {
    try {
      // Each offer with the version on screen: one changed since refuses the batch (ADR 016).
      const offers = (groups ?? []).flatMap((g) => g.offers).filter((o) => selected.has(o.id));
      const result = await assure({
        variables: { ids: offers.map((o) => o.id), versions: offers.map((o) => o.version) },
      });
      setMessage(ui.offers.assuredCount(result.data?.assureOffers.length ?? selected.size));
      setSelected(new Set());
      await refetch();
    } catch (caught) {
      const names = (groups ?? [])
        .flatMap((g) => g.offers)
        .filter((o) => staleIds(caught).includes(o.id))
        .map((o) => o.name);
      setMessage(names.length ? `${errorMessage(caught)} (${names.join(', ')})` : errorMessage(caught));
      await refetch().catch(() => undefined);
    }
  };

  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">{ui.offers.reviewTitle}</h2>
      <div className="field">
        <label htmlFor="review-months">{ui.offers.reviewPeriod}</label>
        <p id="review-months-hint" className="field__hint">
          {ui.offers.reviewPeriodHint}
        </p>
        <select
          id="review-months"
          value={months}
          aria-describedby="review-months-hint"
          onChange={(e) => setMonths(Number(e.target.value))}
        >
          <option value={6}>{ui.offers.months(6)}</option>
          <option value={12}>{ui.offers.months(12)}</option>
        </select>
      </div>
      {loading && !groups ? (
        <LoadingStatus />
      ) : error && !groups ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !groups || groups.length === 0 ? (
        <p className="empty-state">{ui.offers.reviewEmpty}</p>
      ) : (
        <>
          {groups.map((group) => (
            <fieldset key={group.ownerUnit.id} className="fieldset review-group">
              <legend>{group.ownerUnit.name}</legend>
              <ul className="plain-list">
                {group.offers.map((offer) => (
                  <li key={offer.id} className="checkbox-field">
                    <input
                      id={`review-${offer.id}`}
                      type="checkbox"
                      checked={selected.has(offer.id)}
                      onChange={() => toggle(offer.id)}
                    />
                    <label htmlFor={`review-${offer.id}`}>
                      {offer.name} <span className="muted">({reasonText(offer, months)})</span>
                    </label>{' '}
                    <Link to={`/tilbud/${offer.id}`} aria-label={offer.name}>
                      ↗
                    </Link>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <button
            type="button"
            className="button"
            disabled={selected.size === 0 || assuring}
            onClick={() => void confirm()}
          >
            {ui.offers.assureSelected}
          </button>
        </>
      )}
      <p className="live-message" role="status">
        {message}
      </p>
    </section>
  );
}
