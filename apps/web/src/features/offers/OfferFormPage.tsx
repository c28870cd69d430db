import { Link, useNavigate, useParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { OfferForm } from './OfferForm';
import { OFFER_QUERY } from './offerQueries';

/** "/tilbud/ny" and "/tilbud/:id/rediger": the staff unit's offer form. */
export function OfferFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(OFFER_QUERY, { variables: { id: id ?? '' }, skip: !id });
  const offer = data?.offer ?? null;
  const title = id ? ui.offers.editTitle(offer?.name ?? '') : ui.offers.createTitle;
  useDocumentTitle(title);
  const onSaved = (savedId: string) => {
    // Search results and lists show the new text at once.
    client.cache.evict({ fieldName: 'searchOffers' });
    client.cache.evict({ fieldName: 'reviewQueue' });
    client.cache.gc();
    void navigate(`/tilbud/${savedId}`);
  };
  return (
    <div className="page">
      <Link className="back-link" to={id ? `/tilbud/${id}` : '/tilbud'}>
        {id && offer ? offer.name : ui.offers.backToSearch}
      </Link>
      <h1 id="offer-form-heading">{title}</h1>
      {id && loading && !data ? (
        <LoadingStatus />
      ) : id && error && !data ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : id && !offer ? (
        <p>{ui.offers.notFound}</p>
      ) : (
        // A newer stored version (after "Kassér mine ændringer") starts the form afresh.
        <OfferForm
          key={offer?.version ?? 'new'}
          offer={offer}
          onSaved={onSaved}
          onReload={() => void refetch().catch(() => undefined)}
        />
      )}
    </div>
  );
}
