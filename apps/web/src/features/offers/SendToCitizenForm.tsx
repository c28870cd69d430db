import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { handoutMessages, ui } from '../../shared';
import { errorMessage } from '../../components/errorMessage';
import { fieldIssuesFromError } from '../../components/fieldIssuesFromError';
import { FormField } from '../../components/FormField';
import { isNetworkError } from '../../graphql/isNetworkError';
import { useViewer } from '../auth/useViewer';
import { useSendQueue } from './offline/SendQueueProvider';
import { newSendKey, sendToCitizen, type CitizenSend } from './offline/sendToCitizen';
import { useOnline } from './offline/useOnline';
import { pageFromSearch, passSearch } from './searchReturn';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** 8 digits, or + / 00 and a country code (the API's smsPhoneSchema decides; this only catches typos early). */
const PHONE = /^(\d{8}|(\+|00)[1-9]\d{7,14})$/;
const sms = handoutMessages.sms;

/** What differs between "Send til borger" by e-mail and "Send som sms". */
const CHANNELS = {
  email: {
    title: ui.offers.sendTitle,
    label: ui.offers.citizenEmail,
    type: 'email',
    invalid: ui.offers.emailInvalid,
    valid: (value: string) => EMAIL.test(value),
    /** The API's field path of the address (extensions.fields). */
    field: 'email',
    privacy: ui.offers.privacyNote,
    sentVia: ui.offers.sentVia,
  },
  sms: {
    title: sms.title,
    label: sms.phone,
    type: 'tel',
    invalid: `${sms.phone} ${sms.phoneInvalid}.`,
    valid: (value: string) => PHONE.test(value.replace(/[\s\-().]/g, '')),
    field: 'phone',
    privacy: sms.privacy,
    sentVia: (via: string) => (via === 'sms' ? sms.sent : sms.sentToOutbox),
  },
} as const;

/** "Send til borger" (e-mail) or "Send som sms": the citizen's address or number only; nothing is kept. */
export function SendToCitizenForm({
  offerId,
  offerName,
  language,
  channel = 'email',
  onClose,
}: {
  offerId: string;
  /** Shown in the offline queue's list. */
  offerName: string;
  /** The citizen's language ('' = Danish). */
  language: string;
  channel?: keyof typeof CHANNELS;
  onClose: () => void;
}) {
  const c = CHANNELS[channel];
  // The outbox's way back goes to the search the offer was opened from, as the offer page's own does.
  const [params] = useSearchParams();
  const id = `send-${channel}`;
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  /** A refusal that is not about the typed address (the offer, the set-up): said for the whole form. */
  const [formError, setFormError] = useState<string | undefined>();
  const [via, setVia] = useState<string | null>(null);
  /** The key of the send this form put in the offline queue, while it waits there. */
  const [queuedKey, setQueuedKey] = useState<string | null>(null);
  const queue = useSendQueue();
  // "Lagt i kø" only while the send is still in the queue: once it has gone (or was removed), the queue's
  // own panel says so, and the form is ready for the next.
  const queued = queuedKey !== null && Boolean(queue?.state.items.some((item) => item.sendKey === queuedKey));
  const online = useOnline();
  const viewerId = useViewer().data?.me?.id;
  /** Without a network the send waits in the page's memory (ADR 053); false when there is no queue. */
  const enqueue = (send: CitizenSend) => {
    if (!queue || !viewerId) return false;
    queue.add(viewerId, { ...send, offerName });
    setValue(''); // the form keeps nothing about the citizen; only the queue does
    setError(undefined);
    setFormError(undefined);
    setQueuedKey(send.sendKey);
    return true;
  };
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = value.trim();
    setFormError(undefined);
    if (!c.valid(typed)) {
      setError(c.invalid);
      document.getElementById(id)?.focus();
      return;
    }
    // One key for this send, kept when it goes to the queue: the try that lost its answer may have gone.
    const send: CitizenSend = { offerId, channel, to: typed, language: language || null, sendKey: newSendKey() };
    if (!online && enqueue(send)) return;
    setLoading(true);
    try {
      const sentVia = await sendToCitizen(client, send);
      setError(undefined);
      setVia(sentVia);
    } catch (caught) {
      if (isNetworkError(caught) && enqueue(send)) return;
      const onField = fieldIssuesFromError(caught)?.find((issue) => issue.path === c.field);
      if (onField) {
        setError(errorMessage(caught));
      } else {
        setError(undefined);
        setFormError(errorMessage(caught));
      }
    } finally {
      setLoading(false);
    }
  };

  return (
    <form className="form panel" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${id}-title`}>{c.title}</h2>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {queued ? (
        <div role="status" className="success">
          <p className="success__title">{ui.offers.queue.queued}</p>
          <p>{ui.offers.queue.queuedText}</p>
        </div>
      ) : via ? (
        <div role="status" className="success">
          <p className="success__title">{ui.offers.sent}</p>
          <p>{c.sentVia(via)}</p>
          <p>{c.privacy}</p>
          {via === 'outbox' && (
            <Link to={pageFromSearch('/tilbud/udbakke', passSearch(params))}>{ui.offers.seeOutbox}</Link>
          )}
        </div>
      ) : (
        <FormField id={id} label={c.label} hint={c.privacy} error={error}>
          {(control) => (
            <input
              {...control}
              type={c.type}
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </FormField>
      )}
      <div className="form__actions">
        {!via && !queued && (
          <button type="submit" className="button" disabled={loading}>
            {loading ? ui.offers.sending : channel === 'sms' ? sms.button : ui.offers.sendButton}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {via || queued ? ui.offers.close : ui.offers.cancel}
        </button>
      </div>
    </form>
  );
}
