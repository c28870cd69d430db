import { graphql } from '../../__generated__';
import type { OfferDetailFieldsFragment, OfferPublicFieldsFragment, OutboxQuery } from '../../__generated__/graphql';

export type { AccessRoute, OfferStatus } from '../../__generated__/graphql';
/** What the public page and the print sheet show. */
export type OfferPublicData = OfferPublicFieldsFragment;
/** Everything the professional's offer page shows. */
export type OfferDetailData = OfferDetailFieldsFragment;
export type OfferChangeData = OfferDetailFieldsFragment['changes'][number];
export type OutboxMessageData = OutboxQuery['outbox'][number];

export const OFFER_PUBLIC_FIELDS = graphql(`
  fragment OfferPublicFields on Offer {
    ...OfferSummaryFields
    municipalityName
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
    publicUrl
  }
`);

export const OFFER_DETAIL_FIELDS = graphql(`
  fragment OfferDetailFields on Offer {
    ...OfferPublicFields
    professionalPhone
    intakeNotes
    tellCitizen
    assuredByName
    keywords
    sendCount
    version
    ownerUnit {
      id
      name
    }
    ownerOn {
      name
      movedOn
      runsForRegion
      text
    }
    changes {
      id
      changedAt
      userName
      action
      actionLabel
      field
      label
      oldText
      newText
    }
    source {
      ...SourceFields
    }
  }
`);

export const OFFER_QUERY = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferDetailFields
    }
  }
`);

export const PUBLIC_OFFER_QUERY = graphql(`
  query PublicOffer($id: ID!) {
    publicOffer(id: $id) {
      ...OfferPublicFields
    }
  }
`);

export const OUTBOX_QUERY = graphql(`
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
`);
