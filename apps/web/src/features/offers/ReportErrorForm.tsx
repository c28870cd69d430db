import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { FormField } from '../../components/FormField';
import { REPORT_OFFER_ERROR_MUTATION } from './offerMutations';

/** "Rapportér fejl": a message to the staff unit about wrong information. */
export function ReportErrorForm({ offerId, onClose }: { offerId: string; onClose: () => void }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  // 'no-cache': the free text may name a citizen; Apollo would keep it in its cache for the tab's life.
  const [report, { loading }] = useMutation(REPORT_OFFER_ERROR_MUTATION, { fetchPolicy: 'no-cache' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!message.trim()) {
      setError(ui.offers.reportEmpty);
      document.getElementById('report-message')?.focus();
      return;
    }
    try {
      await report({ variables: { offerId, message: message.trim() } });
      setError(undefined);
      setDone(true);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="form panel" aria-labelledby="report-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="report-title">{ui.offers.reportTitle}</h2>
      {done ? (
        <p role="status" className="success">
          {ui.offers.reportSent}
        </p>
      ) : (
        <FormField id="report-message" label={ui.offers.reportMessage} hint={ui.offers.reportHint} error={error}>
          {(control) => <textarea {...control} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />}
        </FormField>
      )}
      <div className="form__actions">
        {!done && (
          <button type="submit" className="button" disabled={loading}>
            {loading ? ui.offers.sending : ui.offers.reportSend}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {done ? ui.offers.close : ui.offers.cancel}
        </button>
      </div>
    </form>
  );
}
