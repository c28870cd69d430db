// Shapes of the seed data. Pure data: no Prisma import, so the data can be read, reviewed and tested
// without a database. Records refer to each other by natural keys (names, codes, local keys); the
// seeder (apps/api/src/seed/) resolves them to ids and fails loudly on a key that does not exist.
import type { SourceKey } from './sources';

/** A calendar date as written in the document, ISO `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

export type WorkStatus = 'NOT_STARTED' | 'PLANNED' | 'IN_PROGRESS' | 'AWAITING' | 'DONE' | 'PAUSED' | 'CANCELLED';
export type MemberRole = 'CHAIR' | 'CO_CHAIR' | 'SECRETARIAT' | 'MEMBER' | 'AD_HOC';
export type HoursUnit = 'PER_WEEK' | 'PER_MONTH' | 'PER_YEAR' | 'TOTAL';

export interface DocumentSeed {
  /** The seed file name stem, e.g. `003_54d817ac84b58f52`. */
  documentKey: string;
  title: string;
  date: IsoDate | null;
  note?: string;
  /** Public address of the document (reform sources, ADR 031). */
  url?: string;
}

export interface SourceSeed {
  documentKey: string;
  title: string;
  section: string;
  date: IsoDate | null;
  note: string | null;
  url?: string;
}

export type RegionKey = 'hovedstaden' | 'syddanmark' | 'oestdanmark';

export interface RegionSeed {
  key: RegionKey;
  /** Official region code (regionskode). */
  code: string;
  name: string;
  source: SourceKey;
  /** Validity (ADR 031), only where a source states it. */
  validFrom?: IsoDate;
  validTo?: IsoDate;
  successor?: RegionKey;
}

export interface MunicipalitySeed {
  /** Short name used as the key in seed data, e.g. `Ishøj`. */
  key: string;
  /** Official name as users see it, e.g. `Ishøj Kommune`. */
  name: string;
  /** Official municipality code (kommunekode); null for districts. */
  code: string | null;
  kind: 'MUNICIPALITY' | 'DISTRICT';
  region: RegionKey;
  /** Key of the municipality a district belongs to. */
  parent?: string;
  socialGroup: 1 | 2 | 3 | 4 | null;
  source: SourceKey;
}

export interface OrgUnitSeed {
  name: string;
  kind: 'DIRECTORATE' | 'CENTRE' | 'STAFF_UNIT' | 'OTHER';
  /** Name of the parent unit in the same municipality. */
  parent?: string;
  description: string | null;
  source: SourceKey;
}

/** Who a body belongs to: exactly one of a municipality, a region or a cluster. */
export type BodyOwner = { municipality: string } | { region: RegionKey } | { cluster: string };

/** A member of a body, always by function or organisation, never a person's name. */
export interface BodyMemberSeed {
  role: MemberRole;
  orgUnit?: string;
  municipality?: string;
  region?: RegionKey;
  organisationName?: string;
  function: string | null;
  source?: SourceKey;
}

export interface BodySeed {
  key: string;
  name: string;
  kind:
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
  owner: BodyOwner;
  mandate: string | null;
  tasks: string[];
  meetingCadence: string | null;
  timeCost: string | null;
  source: SourceKey;
  members: BodyMemberSeed[];
}

export interface MilestoneSeed {
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
  date?: IsoDate;
  text: string;
  status: WorkStatus;
  source: SourceKey;
}

export interface BudgetLineSeed {
  year: number;
  description: string;
  /** Whole kroner; null where the document gives staff hours only. */
  amountKr: number | null;
  /** Null where the document gives no single figure (a range or no figure at all). */
  staffHours: number | null;
  hoursUnit: HoursUnit | null;
  fundingSource: string | null;
  source: SourceKey;
}

export interface ThemeSeed {
  code: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
  title: string;
  kind: 'INTERNAL' | 'CITIZEN' | 'MIXED' | 'ANALYSIS';
  description: string;
  status: WorkStatus;
  timeFrame: string | null;
  source: SourceKey;
  responsibleUnits: { unit: string; lead: boolean }[];
  milestones: MilestoneSeed[];
  budgetLines: BudgetLineSeed[];
}

export interface OwnershipSeed {
  unit: string;
  fromDate: IsoDate | null;
  toDate: IsoDate | null;
  note: string | null;
  source: SourceKey;
}

export interface ProjectSeed {
  name: string;
  description: string | null;
  status: WorkStatus;
  theme?: ThemeSeed['code'];
  /** Current owner; the last entry of `ownership` when there is a history. */
  ownerUnit: string | null;
  source: SourceKey;
  ownership: OwnershipSeed[];
  /** What the project is for, as a document says it; absent = not stated (shown as missing). */
  purpose?: SourcedText;
  /** Who the project is for, as a document says it; absent = not stated. */
  targetGroup?: SourcedText;
  /** What a document says about the project's result; method and date stay missing unless stated. */
  evaluation?: { result: string; source: SourceKey };
}

/** A fact in a document's words, with the section it comes from. */
export interface SourcedText {
  text: string;
  source: SourceKey;
}

export interface ClusterMemberSeed {
  kind: 'MUNICIPALITY' | 'REGION' | 'GENERAL_PRACTICE' | 'HOSPITAL' | 'OTHER';
  name: string;
  municipality?: string;
  region?: RegionKey;
  role: MemberRole;
  representedBy: string | null;
  source: SourceKey;
}

export interface AgendaItemSeed {
  number: number;
  title: string;
  recommendation: string | null;
  decision: string | null;
  /** The outcome, where the decision is known. */
  outcome?: 'APPROVED' | 'APPROVED_WITH_CHANGES' | 'POSTPONED' | 'REJECTED';
  source: SourceKey;
}

export interface ClusterMeetingSeed {
  key: string;
  date: IsoDate;
  title: string;
  place: string | null;
  kind?: 'ORDINARY' | 'EXTRAORDINARY';
  /** Whether minutes exist in the sources (they are then published); the agenda of a past meeting always is. */
  minutesPublished?: boolean;
  participants?: { organisation: string; function: string | null; attendance: 'PRESENT' | 'APOLOGY' | 'INVITED' }[];
  source: SourceKey;
  agendaItems: AgendaItemSeed[];
}

export interface GrantChangeSeed {
  /** The agenda item whose decision made the change, as `meetingKey#number`; null when that agenda is not in the data. */
  agendaItem: string | null;
  previousAmountKr: number | null;
  newAmountKr: number | null;
  effectiveDate: IsoDate;
  note: string | null;
  source: SourceKey;
}

export interface GrantSeed {
  area: 'PSYCHIATRY' | 'SOMATIC' | 'OTHER';
  title: string;
  purpose: string | null;
  targetGroup: string | null;
  year: number;
  hostMunicipality: string | null;
  posts: string | null;
  /** "Fremskudt brug af midler": the later year whose money is used. */
  advancedFromYear?: number;
  source: SourceKey;
  /** Oldest first; the grant's current amount is the newest change's `newAmountKr`. */
  changes: GrantChangeSeed[];
}

/** A follow-up point of a grant (by title) or a decision (`meetingKey#number`). */
export interface FollowUpSeed {
  grant?: string;
  agendaItem?: string;
  text: string;
  responsible: string;
  dueDate: IsoDate;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  note: string | null;
  source: SourceKey;
}

export interface ClusterSeed {
  name: string;
  kind: 'POLITICAL' | 'ADMINISTRATIVE' | 'HEALTH_COUNCIL';
  region: RegionKey;
  source: SourceKey;
  /** Validity (ADR 031), only where a source states it. */
  validFrom?: IsoDate;
  validTo?: IsoDate;
  /** Name of the body that takes over (a cluster seed of its own). */
  successor?: string;
  members: ClusterMemberSeed[];
  meetings: ClusterMeetingSeed[];
  grants: GrantSeed[];
  followUps?: FollowUpSeed[];
}
