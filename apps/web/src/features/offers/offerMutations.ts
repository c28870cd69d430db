import { gql, type TypedDocumentNode } from '@apollo/client';
import { OFFER_DETAIL_FIELDS } from './offerQueries';
import type { OfferDetailData, OfferStatus } from './offerTypes';

export const SEND_OFFER_MUTATION: TypedDocumentNode<
  { sendOfferToCitizen: { __typename?: 'SendOfferResult'; sent: boolean; via: string; sendCount: number } },
  { offerId: string; email: string }
> = gql`
  mutation SendOfferToCitizen($offerId: ID!, $email: String!) {
    sendOfferToCitizen(offerId: $offerId, email: $email) {
      sent
      via
      sendCount
    }
  }
`;

export const REPORT_OFFER_ERROR_MUTATION: TypedDocumentNode<
  { reportOfferError: { __typename?: 'OfferReport'; id: string; status: string } },
  { offerId: string; message: string }
> = gql`
  mutation ReportOfferError($offerId: ID!, $message: String!) {
    reportOfferError(offerId: $offerId, message: $message) {
      id
      status
    }
  }
`;

export const SET_OFFER_STATUS_MUTATION: TypedDocumentNode<
  { setOfferStatus: OfferDetailData },
  { id: string; version: number; status: OfferStatus; alert: string | null }
> = gql`
  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {
    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {
      ...OfferDetailFields
    }
  }
  ${OFFER_DETAIL_FIELDS}
`;

export const ASSURE_OFFERS_MUTATION: TypedDocumentNode<
  {
    assureOffers: {
      __typename?: 'Offer';
      id: string;
      assuredAt: string | null;
      assuredByName: string | null;
      version: number;
    }[];
  },
  { ids: string[]; versions: number[] }
> = gql`
  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {
    assureOffers(ids: $ids, versions: $versions) {
      id
      assuredAt
      assuredByName
      version
    }
  }
`;
