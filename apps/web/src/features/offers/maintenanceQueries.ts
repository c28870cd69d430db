import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ReviewGroupData {
  __typename?: 'ReviewGroup';
  ownerUnit: { __typename?: 'OrgUnit'; id: string; name: string };
  offers: { __typename?: 'Offer'; id: string; name: string; assuredAt: string | null; version: number }[];
}

export const REVIEW_QUEUE_QUERY: TypedDocumentNode<{ reviewQueue: ReviewGroupData[] }, { months: number }> = gql`
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
        version
      }
    }
  }
`;

export interface OfferReportData {
  __typename?: 'OfferReport';
  id: string;
  message: string;
  createdAt: string;
  status: 'OPEN' | 'RESOLVED';
  reportedByName: string | null;
  version: number;
  offer: { __typename?: 'Offer'; id: string; name: string };
}

export const OPEN_REPORTS_QUERY: TypedDocumentNode<{ offerReports: OfferReportData[] }, Record<string, never>> = gql`
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
`;

export const RESOLVE_REPORT_MUTATION: TypedDocumentNode<
  { resolveOfferReport: { __typename?: 'OfferReport'; id: string; status: string; version: number } },
  { id: string; version: number; resolution: string | null }
> = gql`
  mutation ResolveOfferReport($id: ID!, $version: Int!, $resolution: String) {
    resolveOfferReport(id: $id, version: $version, resolution: $resolution) {
      id
      status
      version
    }
  }
`;

export interface ImportReportData {
  imported: number;
  created: number;
  updated: number;
  errors: { line: number; column: string | null; message: string }[];
}

export const IMPORT_CSV_MUTATION: TypedDocumentNode<{ importOffersCsv: ImportReportData }, { csv: string }> = gql`
  mutation ImportOffersCsv($csv: String!) {
    importOffersCsv(csv: $csv) {
      imported
      created
      updated
      errors {
        line
        column
        message
      }
    }
  }
`;

export const SYNONYMS_QUERY: TypedDocumentNode<
  { searchSynonyms: string[][]; searchSynonymsVersion: number },
  Record<string, never>
> = gql`
  query SearchSynonyms {
    searchSynonyms
    searchSynonymsVersion
  }
`;

export const UPDATE_SYNONYMS_MUTATION: TypedDocumentNode<
  { updateSearchSynonyms: string[][] },
  { version: number; groups: string[][] }
> = gql`
  mutation UpdateSearchSynonyms($version: Int!, $groups: [[String!]!]!) {
    updateSearchSynonyms(version: $version, groups: $groups)
  }
`;
