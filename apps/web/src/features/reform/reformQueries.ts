import { graphql } from '../../__generated__';
import type { ReformTransfersQuery } from '../../__generated__/graphql';

export type ReformCandidateData = ReformTransfersQuery['reformTransfers'][number];

export const REFORM_TRANSFERS_QUERY = graphql(`
  query ReformTransfers {
    reformTransfers {
      kind
      kindLabel
      id
      name
      ownerName
      transfer {
        id
        task
        taskLabel
        moves
        newOwner
        runsForRegion
        effectiveDate
        note
        version
        source {
          ...SourceFields
        }
      }
    }
  }
`);

export const MARK_REFORM_TRANSFER_MUTATION = graphql(`
  mutation MarkReformTransfer($input: ReformTransferInput!, $version: Int) {
    markReformTransfer(input: $input, version: $version) {
      id
      task
      taskLabel
      moves
      newOwner
      runsForRegion
      effectiveDate
      note
      version
      source {
        ...SourceFields
      }
    }
  }
`);
