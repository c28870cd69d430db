// TypeScript mirrors of the SDL's enums and shared object types (apps/api/src/graphql, features/*.graphql).
// Kept by hand until the web app gets GraphQL Code Generator; field names match the SDL exactly.

export type Role = 'sundhedsstab' | 'frontmedarbejder' | 'direktoer' | 'klyngesekretariat';

export type WorkStatus = 'NOT_STARTED' | 'PLANNED' | 'IN_PROGRESS' | 'AWAITING' | 'DONE' | 'PAUSED' | 'CANCELLED';

export type ThemeKind = 'INTERNAL' | 'CITIZEN' | 'MIXED' | 'ANALYSIS';

export type HoursUnit = 'PER_WEEK' | 'PER_MONTH' | 'PER_YEAR' | 'TOTAL';

export type BodyKind =
  | 'STAFF_UNIT'
  | 'HEALTH_FORUM'
  | 'STEERING_GROUP'
  | 'SPECIALIST_NETWORK'
  | 'POLITICAL_COMMITTEE'
  | 'CITY_COUNCIL'
  | 'NETWORK'
  | 'CLUSTER_POLITICAL'
  | 'CLUSTER_ADMINISTRATIVE'
  | 'REGIONAL_COMMITTEE'
  | 'OTHER';

export type MemberRole = 'CHAIR' | 'CO_CHAIR' | 'SECRETARIAT' | 'MEMBER' | 'AD_HOC';

export type OrgUnitKind = 'DIRECTORATE' | 'CENTRE' | 'STAFF_UNIT' | 'OTHER';

export type ClusterKind = 'POLITICAL' | 'ADMINISTRATIVE';

export type PartnerKind = 'MUNICIPALITY' | 'REGION' | 'GENERAL_PRACTICE' | 'HOSPITAL' | 'OTHER';

export type GrantArea = 'PSYCHIATRY' | 'SOMATIC' | 'OTHER';

export type MunicipalityKind = 'MUNICIPALITY' | 'DISTRICT';

/** Source as selected by SOURCE_FIELDS. */
export interface SourceData {
  __typename?: 'Source';
  id: string;
  documentKey: string;
  title: string;
  section: string | null;
  date: string | null;
  url: string | null;
  note: string | null;
}
