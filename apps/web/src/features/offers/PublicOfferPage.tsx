import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CourseNote } from './CourseNote';
import { OfferFacts } from './OfferFacts';
import { PUBLIC_OFFER_QUERY } from './offerQueries';

/** "/offentligt/tilbud/:id": the citizen's page (no sign-in): an active offer in plain Danish. */
export function PublicOfferPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PUBLIC_OFFER_QUERY, { variables: { id } });
  const offer = data?.publicOffer;
  useDocumentTitle(offer?.name ?? ui.offers.title);
  return (
    <>
      <header className="public-header">
        <p className="public-header__name">{ui.app.municipality}</p>
      </header>
      <main id="indhold" className="app-main app-main--bare public-page">
        {loading && !data ? (
          <LoadingStatus />
        ) : error && !data ? (
          <>
            <h1>{ui.offers.title}</h1>
            <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
          </>
        ) : !offer ? (
          <>
            <h1>{ui.offers.publicNotFound}</h1>
            <p>{ui.offers.publicNotFoundText}</p>
          </>
        ) : (
          <article aria-labelledby="public-title">
            <p className="muted">{ui.offers.publicIntro}</p>
            <h1 id="public-title">{offer.name}</h1>
            {offer.alert && (
              <p className="offer-alert" role="note">
                {offer.alert}
              </p>
            )}
            <CourseNote offer={offer} className="offer-alert" />
            <p className="lead">{offer.shortDescription}</p>
            <OfferFacts offer={offer} forCitizen />
            <h2>{ui.offers.description}</h2>
            <p className="prose">{offer.description}</p>
          </article>
        )}
      </main>
    </>
  );
}
