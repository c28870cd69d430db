import { graphql } from '../../__generated__';
import type { OfferSummaryFieldsFragment, SearchOffersQuery } from '../../__generated__/graphql';

export type { OfferSearchInput } from '../../__generated__/graphql';
/** What a search hit shows. */
export type OfferSummaryData = OfferSummaryFieldsFragment;
export type OfferLocationData = OfferSummaryFieldsFragment['locations'][number];
export type OfferScheduleData = OfferSummaryFieldsFragment['schedules'][number];
export type OfferSearchData = SearchOffersQuery;
export type OfferSearchHitData = SearchOffersQuery['searchOffers']['hits'][number];

export const OFFER_SUMMARY_FIELDS = graphql(`
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
    coursesEnded
    lastCourseDay
    nextCourseDay
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
`);

export const SEARCH_OFFERS_QUERY = graphql(`
  query SearchOffers($input: OfferSearchInput!) {
    searchOffers(input: $input) {
      total
      catalogueVersion
      suggestions
      understood {
        kind
        value
        typed
      }
      unmet {
        kind
        value
        typed
      }
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
`);

/** The catalogue's need categories (KRAMS and FSIII codes); the search filter lists needFilters.ts instead. */
export const NEED_CATEGORIES_QUERY = graphql(`
  query NeedCategories {
    needCategories {
      code
      label
      system
      definition
    }
  }
`);
