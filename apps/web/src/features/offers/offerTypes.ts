// Offer data as the API returns it (see apps/api/src/features/offers/offers.graphql).
import type { SourceData } from '../../graphql/schemaTypes';

export type OfferStatus = 'ACTIVE' | 'TEMPORARILY_CLOSED' | 'INACTIVE' | 'ENDED';
export type AccessRoute = 'SELF_REFERRAL' | 'GP_REFERRAL' | 'CLARIFYING_TALK' | 'VISITATION';

export interface NeedCategoryData {
  __typename?: 'NeedCategory';
  code: string;
  label: string;
  system: string;
  definition: string;
}

export interface OfferLocationData {
  __typename?: 'OfferLocation';
  id: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  accessibility: string | null;
}

export interface OfferScheduleData {
  __typename?: 'OfferSchedule';
  id: string;
  kind: 'RECURRING' | 'COURSE';
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  locationName: string | null;
}

/** What a search hit shows. */
export interface OfferSummaryData {
  __typename?: 'Offer';
  id: string;
  name: string;
  shortDescription: string;
  status: OfferStatus;
  alert: string | null;
  minAge: number | null;
  maxAge: number | null;
  costKr: number | null;
  isDemoData: boolean;
  locations: OfferLocationData[];
  schedules: OfferScheduleData[];
}

/** What the public page and the print sheet show. */
export interface OfferPublicData extends OfferSummaryData {
  description: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  accessRoutes: AccessRoute[];
  eligibility: string | null;
  targetGroups: string[];
  needCategories: NeedCategoryData[];
  costDescription: string | null;
  languages: string[];
  languageNote: string | null;
  interpreter: boolean;
  accessibility: string | null;
  bookingUrl: string | null;
  formats: string[];
  assuredAt: string | null;
  updatedAt: string;
}

export interface OfferChangeData {
  __typename?: 'OfferChange';
  id: string;
  changedAt: string;
  userName: string | null;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** Everything the professional's offer page shows. */
export interface OfferDetailData extends OfferPublicData {
  professionalPhone: string | null;
  intakeNotes: string | null;
  tellCitizen: string | null;
  assuredByName: string | null;
  sendCount: number;
  ownerUnit: { __typename?: 'OrgUnit'; id: string; name: string };
  changes: OfferChangeData[];
  source: SourceData | null;
  /** Named by every update (ADR 016). */
  version: number;
}
