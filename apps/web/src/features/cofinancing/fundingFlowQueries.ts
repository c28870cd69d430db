import { graphql } from '../../__generated__';
import type { FundingFlowsQuery } from '../../__generated__/graphql';

export type FundingFlowData = FundingFlowsQuery['fundingFlows'][number];

export const FUNDING_FLOWS_QUERY = graphql(`
  query FundingFlows {
    fundingFlows {
      id
      name
      payerKind
      recipientKind
      partiesLabel
      validFrom
      validTo
      status
      statusLabel
      known
      amountOrRule
      replacesCofinancing
      publisher
      version
      source {
        ...SourceFields
      }
    }
  }
`);

export const SAVE_FUNDING_FLOW_MUTATION = graphql(`
  mutation SaveFundingFlow($id: ID, $input: FundingFlowInput!, $version: Int) {
    saveFundingFlow(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`);
