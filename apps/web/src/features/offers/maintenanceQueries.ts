import { graphql } from '../../__generated__';
import type { ImportOffersCsvMutation, OpenOfferReportsQuery, ReviewQueueQuery } from '../../__generated__/graphql';

export type ReviewGroupData = ReviewQueueQuery['reviewQueue'][number];
export type OfferReportData = OpenOfferReportsQuery['offerReports'][number];
export type ImportReportData = ImportOffersCsvMutation['importOffersCsv'];

export const REVIEW_QUEUE_QUERY = graphql(`
  query ReviewQueue($months: Int!) {
    reviewQueue(months: $months) {
      ownerUnit {
        id
        name
      }
      offers {
        id
        name
        assuredAt
        status
        coursesEnded
        lastCourseDay
        version
      }
    }
  }
`);

export const OPEN_REPORTS_QUERY = graphql(`
  query OpenOfferReports {
    offerReports(status: OPEN) {
      id
      message
      createdAt
      status
      reportedByName
      version
      offer {
        id
        name
      }
    }
  }
`);

export const RESOLVE_REPORT_MUTATION = graphql(`
  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {
    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {
      id
      status
      version
    }
  }
`);

export const IMPORT_CSV_MUTATION = graphql(`
  mutation ImportOffersCsv($csv: String!, $places: String, $times: String) {
    importOffersCsv(csv: $csv, places: $places, times: $times) {
      imported
      created
      updated
      unchanged
      errors {
        file
        line
        column
        message
      }
    }
  }
`);

export const SYNONYMS_QUERY = graphql(`
  query SearchSynonyms {
    searchSynonymGroups {
      terms
      broad
    }
    searchSynonymsVersion
  }
`);

export const UPDATE_SYNONYMS_MUTATION = graphql(`
  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!, $broad: [Boolean!]) {
    updateSearchSynonyms(version: $version, groups: $groups, broad: $broad)
  }
`);
