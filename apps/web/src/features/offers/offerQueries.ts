import { gql, type TypedDocumentNode } from '@apollo/client';
import { SOURCE_FIELDS } from '../../graphql/sourceFields';
import { OFFER_SUMMARY_FIELDS } from './searchQueries';
import type { OfferDetailData, OfferPublicData } from './offerTypes';

export const OFFER_PUBLIC_FIELDS = gql`
  fragment OfferPublicFields on Offer {
    ...OfferSummaryFields
    description
    contactName
    contactEmail
    contactPhone
    accessRoutes
    eligibility
    targetGroups
    needCategories {
      code
      label
      system
      definition
    }
    costDescription
    languages
    languageNote
    interpreter
    accessibility
    bookingUrl
    formats
    assuredAt
    updatedAt
  }
  ${OFFER_SUMMARY_FIELDS}
`;

export const OFFER_DETAIL_FIELDS = gql`
  fragment OfferDetailFields on Offer {
    ...OfferPublicFields
    professionalPhone
    intakeNotes
    tellCitizen
    assuredByName
    sendCount
    version
    ownerUnit {
      id
      name
    }
    changes {
      id
      changedAt
      userName
      action
      field
      oldValue
      newValue
    }
    source {
      ...SourceFields
    }
  }
  ${OFFER_PUBLIC_FIELDS}
  ${SOURCE_FIELDS}
`;

export const OFFER_QUERY: TypedDocumentNode<{ offer: OfferDetailData | null }, { id: string }> = gql`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferDetailFields
    }
  }
  ${OFFER_DETAIL_FIELDS}
`;

export const PUBLIC_OFFER_QUERY: TypedDocumentNode<{ publicOffer: OfferPublicData | null }, { id: string }> = gql`
  query PublicOffer($id: ID!) {
    publicOffer(id: $id) {
      ...OfferPublicFields
    }
  }
  ${OFFER_PUBLIC_FIELDS}
`;

export interface OutboxMessageData {
  __typename?: 'OutboxMessage';
  id: string;
  sentAt: string;
  to: string;
  subject: string;
  body: string;
  offerId: string;
}

export const OUTBOX_QUERY: TypedDocumentNode<{ outbox: OutboxMessageData[] }, Record<string, never>> = gql`
  query Outbox {
    outbox {
      id
      sentAt
      to
      subject
      body
      offerId
    }
  }
`;
