import { graphql } from '../../__generated__';

// The operations of ProposalNotices, public so the pages that show it (the overview, /opgaver) can mock them.

export const PROPOSAL_NOTICES_QUERY = graphql(`
  query ProposalNotices {
    proposalNotices {
      commentId
      proposalId
      text
      answeredAt
    }
  }
`);

export const DISMISS_NOTICE = graphql(`
  mutation DismissProposalNotice($commentId: ID!) {
    dismissProposalNotice(commentId: $commentId)
  }
`);
