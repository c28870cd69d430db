import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { FormField } from '../../components/FormField';
import { SEND_OFFER_MUTATION } from './offerMutations';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Send til borger": the citizen's e-mail only; nothing about the citizen is kept. */
export function SendToCitizenForm({
  offerId,
  language,
  onClose,
}: {
  offerId: string;
  /** The citizen's language ('' = Danish). */
  language: string;
  onClose: () => void;
}) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [via, setVia] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SEND_OFFER_MUTATION);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!EMAIL.test(email.trim())) {
      setError(ui.offers.emailInvalid);
      document.getElementById('send-email')?.focus();
      return;
    }
    try {
      const result = await send({ variables: { offerId, email: email.trim(), language: language || null } });
      setError(undefined);
      setVia(result.data?.sendOfferToCitizen.via ?? 'outbox');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="form panel" aria-labelledby="send-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="send-title">{ui.offers.sendTitle}</h2>
      {via ? (
        <div role="status" className="success">
          <p className="success__title">{ui.offers.sent}</p>
          <p>{ui.offers.sentVia(via)}</p>
          <p>{ui.offers.privacyNote}</p>
          {via === 'outbox' && <Link to="/tilbud/udbakke">{ui.offers.seeOutbox}</Link>}
        </div>
      ) : (
        <>
          <FormField id="send-email" label={ui.offers.citizenEmail} hint={ui.offers.privacyNote} error={error}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </FormField>
        </>
      )}
      <div className="form__actions">
        {!via && (
          <button type="submit" className="button" disabled={loading}>
            {loading ? ui.offers.sending : ui.offers.sendButton}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {via ? ui.offers.close : ui.offers.cancel}
        </button>
      </div>
    </form>
  );
}
