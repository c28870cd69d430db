import { useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { conflictFromError, isStale } from '../../components/conflict';
import { ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { ASSURE_OFFERS_MUTATION, SET_OFFER_STATUS_MUTATION } from './offerMutations';
import type { OfferDetailData, OfferStatus } from './offerQueries';

/** The staff unit's buttons: edit, pause/reopen, end, confirm the information. */
export function StaffActions({ offer }: { offer: OfferDetailData }) {
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const client = useApolloClient();
  const [setStatus, statusState] = useMutation(SET_OFFER_STATUS_MUTATION);
  const [assure, assureState] = useMutation(ASSURE_OFFERS_MUTATION);
  const busy = statusState.loading || assureState.loading;

  // A CONFLICT (ADR 016) means the page shows an older version: show the message and fetch the offer
  // again, so the user sees what changed before trying once more.
  const failed = async (caught: unknown) => {
    setMessage(null);
    setFailure(errorMessage(caught));
    if (conflictFromError(caught) || isStale(caught))
      await client.refetchQueries({ include: ['Offer'] }).catch(() => undefined);
  };

  const changeStatus = async (status: OfferStatus) => {
    try {
      await setStatus({
        variables: { id: offer.id, version: offer.version, status, alert: status === 'ACTIVE' ? null : offer.alert },
      });
      setFailure(null);
      setMessage(ui.offers.statusChanged);
    } catch (caught) {
      await failed(caught);
    }
    setConfirmingEnd(false);
  };

  const confirm = async () => {
    try {
      await assure({ variables: { ids: [offer.id], versions: [offer.version] } });
      setFailure(null);
      setMessage(ui.offers.confirmed);
    } catch (caught) {
      await failed(caught);
    }
  };

  return (
    <div className="staff-actions">
      <div className="button-row">
        <Link className="button button--secondary" to={`/tilbud/${offer.id}/rediger`}>
          {ui.offers.edit}
        </Link>
        {offer.status === 'ACTIVE' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void changeStatus('TEMPORARILY_CLOSED')}
          >
            {ui.offers.pause}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void changeStatus('ACTIVE')}
          >
            {ui.offers.reopen}
          </button>
        )}
        {offer.status !== 'ENDED' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setConfirmingEnd(true)}
          >
            {ui.offers.end}
          </button>
        )}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void confirm()}>
          {ui.offers.confirm}
        </button>
      </div>
      {confirmingEnd && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-end-text">
          <p id="confirm-end-text" className="confirm__text">
            {ui.offers.confirmEnd}
          </p>
          <button type="button" className="button button--danger" onClick={() => void changeStatus('ENDED')}>
            {ui.offers.end}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmingEnd(false)}>
            {ui.offers.cancel}
          </button>
        </div>
      )}
      <p className="live-message" role="status">
        {message}
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
