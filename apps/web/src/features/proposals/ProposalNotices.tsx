import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime, proposalsUi } from '../../shared';
import { DISMISS_NOTICE, PROPOSAL_NOTICES_QUERY } from './proposalNoticeQueries';

/**
 * The signed-in user's comments on proposals that were answered, until marked as seen: on /opgaver (the
 * staff unit's and a project lead's queue) and on the overview beside "Kræver opmærksomhed", where the
 * director works (the director has no /opgaver). Nothing is shown when there is nothing to answer.
 */
export function ProposalNotices() {
  const { data } = useQuery(PROPOSAL_NOTICES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [dismiss] = useMutation(DISMISS_NOTICE, { refetchQueries: [PROPOSAL_NOTICES_QUERY] });
  const notices = data?.proposalNotices ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="panel proposal-notices" aria-labelledby="proposal-notices">
      <h2 id="proposal-notices">{proposalsUi.notices.title}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.commentId}>
            <Link to={`/forslag/${n.proposalId}`}>{n.text}</Link>{' '}
            <span className="muted">{formatDateTime(n.answeredAt)}</span>{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void dismiss({ variables: { commentId: n.commentId } })}
            >
              {proposalsUi.notices.dismiss}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
