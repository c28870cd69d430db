import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { cofinancingUi as t } from '../../shared';
import { COFINANCING_CARD_QUERY } from './cofinancingQueries';

/** The director's overview card: last full year, trend, per inhabitant against the comparison. */
export function CofinancingCard() {
  const { data } = useQuery(COFINANCING_CARD_QUERY);
  const card = data?.cofinancingCard;
  if (!card) return null;
  return (
    <section className="panel cofinancing-card" aria-labelledby="cofinancing-card-title">
      <h2 id="cofinancing-card-title">{t.cardTitle}</h2>
      <p>{card.summary}</p>
      <p>
        <Link to="/medfinansiering">{t.cardLink}</Link>
      </p>
    </section>
  );
}
