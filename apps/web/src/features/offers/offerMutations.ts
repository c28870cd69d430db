import { graphql } from '../../__generated__';

export const SEND_OFFER_MUTATION = graphql(`
  mutation SendOfferToCitizen($offerId: ID!, $email: String!, $language: String, $idempotencyKey: ID) {
    sendOfferToCitizen(offerId: $offerId, email: $email, language: $language, idempotencyKey: $idempotencyKey) {
      sent
      via
      sendCount
    }
  }
`);

export const SEND_OFFER_BY_SMS_MUTATION = graphql(`
  mutation SendOfferBySms($offerId: ID!, $phone: String!, $language: String, $idempotencyKey: ID) {
    sendOfferBySms(offerId: $offerId, phone: $phone, language: $language, idempotencyKey: $idempotencyKey) {
      sent
      via
      sendCount
    }
  }
`);

export const REPORT_OFFER_ERROR_MUTATION = graphql(`
  mutation ReportOfferError($offerId: ID!, $message: String!) {
    reportOfferError(offerId: $offerId, message: $message) {
      id
      status
    }
  }
`);

export const SET_OFFER_STATUS_MUTATION = graphql(`
  mutation SetOfferStatus($id: ID!, $version: Int!, $status: OfferStatus!, $alert: String) {
    setOfferStatus(id: $id, version: $version, status: $status, alert: $alert) {
      ...OfferDetailFields
    }
  }
`);

export const ASSURE_OFFERS_MUTATION = graphql(`
  mutation AssureOffers($ids: [ID!]!, $versions: [Int!]!) {
    assureOffers(ids: $ids, versions: $versions) {
      id
      assuredAt
      assuredByName
      version
    }
  }
`);
