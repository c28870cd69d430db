import { graphql } from '../../__generated__';

export type OfferInputValues = Record<string, unknown>;

export const CREATE_OFFER_MUTATION = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) {
      ...OfferDetailFields
    }
  }
`);

export const UPDATE_OFFER_MUTATION = graphql(`
  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {
    updateOffer(id: $id, version: $version, input: $input) {
      ...OfferDetailFields
    }
  }
`);
