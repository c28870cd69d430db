import { ui } from '../../../shared';
import { useSendQueue } from './SendQueueProvider';

const q = ui.offers.queue;

/**
 * The queued sends, on every signed-in page while there are any: what waits and why, that the queue lives
 * in this tab only, each send's refusal in the server's words, "Fjern" and "Ryd kø" (ADR 053).
 */
export function SendQueuePanel() {
  const queue = useSendQueue();
  if (!queue) return null;
  const { state, online } = queue;
  if (state.items.length === 0) {
    if (state.sent === 0) return null;
    return (
      <section className="notice send-queue" aria-label={q.sent(state.sent)}>
        <p role="status">{q.sent(state.sent)}</p>
        <button type="button" className="button button--secondary button--small" onClick={queue.dismiss}>
          {q.close}
        </button>
      </section>
    );
  }
  const status = state.sending
    ? q.sending
    : state.waitingForSignIn
      ? q.waitingForSignIn
      : state.stalled
        ? q.stalled
        : !online
          ? q.waitingForNetwork
          : null;
  return (
    <section className="notice send-queue" aria-labelledby="send-queue-title">
      <h2 id="send-queue-title" className="notice__title">
        {q.title(state.items.length)}
      </h2>
      <p>{q.tabOnly}</p>
      <p role="status">{status}</p>
      <ul className="send-queue__list">
        {state.items.map((item) => (
          <li key={item.key}>
            <span>{q.item(item.offerName, item.channel, item.to)}</span>
            {item.problem && <span className="field__error"> {q.refused(item.problem)}</span>}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={q.remove(item.offerName)}
              onClick={() => queue.remove(item.key)}
            >
              {q.removeShort}
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        {state.stalled && online && (
          <button type="button" className="button button--small" onClick={queue.retry}>
            {q.retry}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={queue.clear}>
          {q.clear}
        </button>
      </div>
    </section>
  );
}
