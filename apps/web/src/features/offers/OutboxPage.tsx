import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDateTime, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { OUTBOX_QUERY } from './offerQueries';
import { searchFromOffer } from './searchReturn';

/** "/tilbud/udbakke": what would have been e-mailed while no SMTP server is set up. */
export function OutboxPage() {
  useDocumentTitle(ui.offers.outboxTitle);
  const { data, loading, error, refetch } = useQuery(OUTBOX_QUERY, { fetchPolicy: 'cache-and-network' });
  const messages = data?.outbox;
  // Opened from the search page: back to that search (its query and filters, `?fra=…`).
  const [params] = useSearchParams();
  return (
    <div className="page page--narrow">
      <Link className="back-link" to={searchFromOffer(params)}>
        {ui.offers.backToSearch}
      </Link>
      <h1>{ui.offers.outboxTitle}</h1>
      <p>{ui.offers.outboxIntro}</p>
      {loading && !messages ? (
        <LoadingStatus />
      ) : error && !messages ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !messages || messages.length === 0 ? (
        <p className="empty-state">{ui.offers.outboxEmpty}</p>
      ) : (
        <ul className="outbox">
          {messages.map((message) => (
            <li key={message.id} className="panel outbox__message">
              <h2 className="outbox__subject">{message.subject}</h2>
              <p>
                {ui.offers.outboxTo}: {message.to} · {ui.offers.outboxSentAt}: {formatDateTime(message.sentAt)}
              </p>
              <pre className="outbox__body">{message.body}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
