import { gql, type TypedDocumentNode } from '@apollo/client';
import { OFFER_DETAIL_FIELDS } from './offerQueries';
import type { OfferDetailData } from './offerTypes';

export type OfferInputValues = Record<string, unknown>;

export const CREATE_OFFER_MUTATION: TypedDocumentNode<{ createOffer: OfferDetailData }, { input: OfferInputValues }> =
  gql`
    mutation CreateOffer($input: OfferInput!) {
      createOffer(input: $input) {
        ...OfferDetailFields
      }
    }
    ${OFFER_DETAIL_FIELDS}
  `;

export const UPDATE_OFFER_MUTATION: TypedDocumentNode<
  { updateOffer: OfferDetailData },
  { id: string; version: number; input: OfferInputValues }
> = gql`
  mutation UpdateOffer($id: ID!, $version: Int!, $input: OfferInput!) {
    updateOffer(id: $id, version: $version, input: $input) {
      ...OfferDetailFields
    }
  }
  ${OFFER_DETAIL_FIELDS}
`;
