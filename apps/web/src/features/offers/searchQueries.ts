import { gql, type TypedDocumentNode } from '@apollo/client';
import type { NeedCategoryData, OfferStatus, OfferSummaryData } from './offerTypes';

export interface OfferSearchInput {
  text?: string;
  needCategory?: string;
  age?: number;
  targetGroup?: string;
  postalCode?: string;
  area?: string;
  freeOnly?: boolean;
  language?: string;
  format?: string;
  statuses?: OfferStatus[];
  limit?: number;
  offset?: number;
}

export interface OfferSearchHitData {
  __typename?: 'OfferSearchHit';
  offer: OfferSummaryData;
  score: number;
  reasons: string[];
}

export interface OfferSearchData {
  searchOffers: {
    __typename?: 'OfferSearchResult';
    hits: OfferSearchHitData[];
    total: number;
    suggestions: string[];
    withoutFilters: OfferSearchHitData[];
  };
}

export const OFFER_SUMMARY_FIELDS = gql`
  fragment OfferSummaryFields on Offer {
    id
    name
    shortDescription
    status
    alert
    minAge
    maxAge
    costKr
    isDemoData
    locations {
      id
      name
      address
      postalCode
      city
      accessibility
    }
    schedules {
      id
      kind
      weekday
      opensAt
      closesAt
      validFrom
      validTo
      description
      locationName
    }
  }
`;

export const SEARCH_OFFERS_QUERY: TypedDocumentNode<OfferSearchData, { input: OfferSearchInput }> = gql`
  query SearchOffers($input: OfferSearchInput!) {
    searchOffers(input: $input) {
      total
      suggestions
      hits {
        score
        reasons
        offer {
          ...OfferSummaryFields
        }
      }
      withoutFilters {
        score
        reasons
        offer {
          ...OfferSummaryFields
        }
      }
    }
  }
  ${OFFER_SUMMARY_FIELDS}
`;

export const NEED_CATEGORIES_QUERY: TypedDocumentNode<
  { needCategories: NeedCategoryData[] },
  Record<string, never>
> = gql`
  query NeedCategories {
    needCategories {
      code
      label
      system
      definition
    }
  }
`;
