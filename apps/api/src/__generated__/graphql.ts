import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgendaItem as PrismaAgendaItem, Body as PrismaBody, BodyMember as PrismaBodyMember, BudgetLine as PrismaBudgetLine, Cluster as PrismaCluster, ClusterMeeting as PrismaClusterMeeting, ClusterMember as PrismaClusterMember, FollowUp as PrismaFollowUp, FundingFlow as PrismaFundingFlow, Grant as PrismaGrant, GrantAmountChange as PrismaGrantAmountChange, Indicator as PrismaIndicator, IndicatorValue as PrismaIndicatorValue, MeetingParticipant as PrismaMeetingParticipant, Milestone as PrismaMilestone, Municipality as PrismaMunicipality, Offer as PrismaOffer, OfferChange as PrismaOfferChange, OfferLocation as PrismaOfferLocation, OfferReport as PrismaOfferReport, OfferSchedule as PrismaOfferSchedule, OrgUnit as PrismaOrgUnit, PopulationFigure as PrismaPopulationFigure, ProjectOwnership as PrismaProjectOwnership, ReformTransfer as PrismaReformTransfer, Region as PrismaRegion, Source as PrismaSource, StatusReport as PrismaStatusReport, Theme as PrismaTheme, Proposal as PrismaProposal, ProposalStageChange as PrismaProposalStageChange, ProposalComment as PrismaProposalComment, Price as PrismaPrice, PriceIndex as PrismaPriceIndex, SavedBusinessCase as PrismaSavedBusinessCase, BusinessCaseVersion as PrismaBusinessCaseVersion } from './prisma/client';
import type { ProjectWithRollup } from '../features/projects/portfolio';
import type { SessionUser } from '../auth/session';
import type { OverviewRoot } from '../features/overview/resolvers';
import type { ChangeRow } from '../features/history/historyResolvers';
import type { AttentionRow } from '../features/projects/attention';
import type { ClusterChangeRow } from '../features/cluster/resolvers';
import type { Quarter } from '@sundhed/shared/followUp';
import type { ReformCandidateRow } from '../features/reform/reformService';
import type { Treatment } from '../features/proposals/proposalTreatments';
import type { RealisedEffectRow } from '../features/proposals/realisedEffect';
import type { Context } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date: ISO 8601 (YYYY-MM-DD) or Danish (D.M.YYYY) in, ISO out. A day that does not exist is refused (extensions.reason DATE_DOES_NOT_EXIST). */
  Date: { input: Date; output: string | Date; }
  /** A point in time, ISO 8601. */
  DateTime: { input: string; output: string | Date; }
  /**
   * Any JSON value (object, list, text, number, true/false or null). Used for calculation inputs whose
   * shape the calculation package (@sundhed/calc) checks itself, reporting each problem by JSON path.
   */
  JSON: { input: unknown; output: unknown; }
};

/** What a caller refused by @auth gets. */
export type AccessDenied =
  /** An empty list or null, without an error (for fields a screen asks of every role). */
  | 'EMPTY'
  /** A FORBIDDEN or UNAUTHENTICATED error. */
  | 'ERROR';

/** How a citizen gets into an offer. */
export type AccessRoute =
  | 'CLARIFYING_TALK'
  | 'GP_REFERRAL'
  | 'SELF_REFERRAL'
  | 'VISITATION';

/** An agenda item: recommendation and decision. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Links to attachments. */
  attachments: Array<Scalars['String']['output']>;
  /** Background (sagsfremstilling). */
  background?: Maybe<Scalars['String']['output']>;
  /** Day of the decision. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The decision. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Expected duration in minutes. */
  expectedMinutes?: Maybe<Scalars['Int']['output']>;
  /** Follow-up points of the decision. */
  followUps: Array<FollowUp>;
  /** Identifier of the agenda item (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Journal number. */
  journalNumber?: Maybe<Scalars['String']['output']>;
  /** The meeting. */
  meeting: ClusterMeeting;
  /** Number on the agenda. */
  number: Scalars['Int']['output'];
  /** Outcome of the decision; null until decided. */
  outcome?: Maybe<DecisionOutcome>;
  /** Danish label of the outcome. */
  outcomeLabel?: Maybe<Scalars['String']['output']>;
  /** Id of the proposal the item treats (meetings of Sundhedsforum and "Sammen om sundhed"). */
  proposalId?: Maybe<Scalars['ID']['output']>;
  /** Title of the proposal the item treats. */
  proposalTitle?: Maybe<Scalars['String']['output']>;
  /** The recommendation (indstilling). */
  recommendation?: Maybe<Scalars['String']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
};

/** An agenda item: all editable fields. */
export type AgendaItemInput = {
  /** Links to attachments. */
  attachments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Background. */
  background?: InputMaybe<Scalars['String']['input']>;
  /** Expected duration in minutes. */
  expectedMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Journal number. */
  journalNumber?: InputMaybe<Scalars['String']['input']>;
  /** Number on the agenda (required). */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** The proposal the item treats (meetings of the municipality's own bodies only); null clears it. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  /** Recommendation(s): 'Det indstilles: at …'. */
  recommendation?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
  /** Title (required). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Where one scalar assumption comes from. */
export type AssumptionSourceInput = {
  /** The assumption's key, e.g. grossSuccessRatePercent. */
  key: Scalars['String']['input'];
  /** Further note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where it comes from: a study, SØM's price catalogue, own data. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Attendance at a meeting. */
export type Attendance =
  | 'APOLOGY'
  | 'INVITED'
  | 'PRESENT';

/** Something the director or the staff unit must look at, with where it is fixed. */
export type AttentionItem = {
  __typename?: 'AttentionItem';
  /** The day it refers to (a milestone's due day, a quarter's or a year's last day). */
  date: Scalars['Date']['output'];
  /** Stable key: kind and record. */
  id: Scalars['ID']['output'];
  /** What kind of item. */
  kind: AttentionKind;
  /** Danish label of the kind, e.g. 'Forsinket milepæl'. */
  kindLabel: Scalars['String']['output'];
  /** The offer it concerns, if any. */
  offerId?: Maybe<Scalars['ID']['output']>;
  /** The project it concerns, if any. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** Route path of the page where it is fixed, e.g. '/projekter/<id>'. */
  route: Scalars['String']['output'];
  /** The theme it concerns, if any. */
  themeId?: Maybe<Scalars['ID']['output']>;
  /** Danish one-line title. */
  title: Scalars['String']['output'];
};

/** Kinds of things that need attention; later issues add their own. */
export type AttentionKind =
  /** A budget line whose actual spend passes its budget. */
  | 'BUDGET_OVERRUN'
  /** An open follow-up point of a cluster grant or decision whose due day has passed (host municipality, secretariat). */
  | 'CLUSTER_FOLLOW_UP_OVERDUE'
  /** Co-financing per inhabitant of the last full year deviates from the comparison level by more than the staff unit's threshold (issue 13). */
  | 'COFINANCING_DEVIATION'
  /** An offer still listed as running whose scheduled courses have all ended (Offer.coursesEnded); staff unit and director only. */
  | 'COURSES_ENDED'
  /** A cluster grant with money and no follow-up point (host municipality, secretariat). */
  | 'GRANT_WITHOUT_FOLLOW_UP'
  /** A milestone whose time has passed and which is not done. */
  | 'LATE_MILESTONE'
  /** A running project without a status report for the last finished quarter. */
  | 'MISSING_STATUS_REPORT'
  /** A running project whose newest status report is red. */
  | 'RED_PROJECT'
  /** The owner's reminder: the current quarter's report is due (from the quarter's last month). */
  | 'STATUS_REPORT_DUE';

/** What the sign-in page needs to know. */
export type AuthConfig = {
  __typename?: 'AuthConfig';
  /** The demo accounts (empty unless demoMode). */
  demoAccounts: Array<DemoAccount>;
  /** True when the app runs on the embedded demo database. */
  demoMode: Scalars['Boolean']['output'];
  /** True when staff sign in through the municipality's identity provider (OpenID Connect) at /api/auth/oidc/login. */
  providerSignIn: Scalars['Boolean']['output'];
  /** True when staff sign in through KOMBIT's Context Handler (SAML 2.0) at /api/auth/saml/login. */
  samlSignIn: Scalars['Boolean']['output'];
};

/** A forum, steering group, network, committee or cluster body. */
export type Body = {
  __typename?: 'Body';
  /** Identifier of the body (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Kind of body. */
  kind: BodyKind;
  /** The mandate, as the documents word it. */
  mandate?: Maybe<Scalars['String']['output']>;
  /** How often it meets. */
  meetingCadence?: Maybe<Scalars['String']['output']>;
  /** The body's meetings, newest first (drafts for the staff unit of the body's municipality only). */
  meetings: Array<ClusterMeeting>;
  /** Members. */
  members: Array<BodyMember>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Name of the owner: the municipality, region or cluster. */
  ownerName: Scalars['String']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Tasks. */
  tasks: Array<Scalars['String']['output']>;
  /** Expected time cost per member. */
  timeCost?: Maybe<Scalars['String']['output']>;
};

/** Kind of body. */
export type BodyKind =
  | 'CITY_COUNCIL'
  | 'CLUSTER_ADMINISTRATIVE'
  | 'CLUSTER_POLITICAL'
  | 'HEALTH_FORUM'
  | 'NETWORK'
  | 'OTHER'
  | 'POLITICAL_COMMITTEE'
  | 'REGIONAL_COMMITTEE'
  | 'SPECIALIST_NETWORK'
  | 'STAFF_UNIT'
  | 'STEERING_GROUP';

/** A member of a body: a unit, municipality, region, staff account or outside organisation. */
export type BodyMember = {
  __typename?: 'BodyMember';
  /** Function represented, e.g. 'leder af Sundhedsstaben'. */
  function?: Maybe<Scalars['String']['output']>;
  /** Identifier of the membership (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Display name of the member (unit, municipality, region or organisation). */
  name: Scalars['String']['output'];
  /** The member unit, if it is one. */
  orgUnit?: Maybe<OrgUnit>;
  /** Role in the body. */
  role: MemberRole;
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** Where the business case breaks even (NPV = 0). */
export type BreakEven = {
  __typename?: 'BreakEven';
  /** Gross success rate at which NPV = 0, given deadweight, engagement, attribution and displacement. */
  grossSuccessRate?: Maybe<Scalars['Float']['output']>;
  /** Net success rate at which NPV = 0. */
  netSuccessRate?: Maybe<Scalars['Float']['output']>;
  /** Successful citizens (after all adjustments) at which NPV = 0; null without gains. */
  successes?: Maybe<Scalars['Float']['output']>;
};

/** Money and staff hours for a theme or project in one year. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** Actual spend of the year in whole kroner, if entered or imported. */
  actualKr?: Maybe<Scalars['Int']['output']>;
  /** Where the actual spend comes from. */
  actualSource?: Maybe<Source>;
  /** Whole kroner; null where only staff hours are given. */
  amountKr?: Maybe<Scalars['Int']['output']>;
  /** Field-level history, newest first. */
  changes: Array<ChangeEntry>;
  /** What the money or hours are for. */
  description: Scalars['String']['output'];
  /** Funding source. */
  fundingSource?: Maybe<Scalars['String']['output']>;
  /** Unit of the staff hours. */
  hoursUnit?: Maybe<HoursUnit>;
  /** Identifier of the budget line (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** True when the actual spend passes the budget. */
  overBudget: Scalars['Boolean']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Staff hours. */
  staffHours?: Maybe<Scalars['Float']['output']>;
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A new or changed budget line. */
export type BudgetLineInput = {
  /** Actual spend of the year in whole kroner; absent = keep the stored figure. */
  actualKr?: InputMaybe<Scalars['Int']['input']>;
  /** Where the actual spend comes from (e.g. the finance partner's Excel); absent = keep. */
  actualSource?: InputMaybe<SourceInput>;
  /** Whole kroner (0 to 2,000,000,000); this or staffHours is required. */
  amountKr?: InputMaybe<Scalars['Int']['input']>;
  /** What the money or hours are for, at most 500 characters. */
  description: Scalars['String']['input'];
  /** Funding source, at most 300 characters. */
  fundingSource?: InputMaybe<Scalars['String']['input']>;
  /** Unit of the staff hours; required with staffHours. */
  hoursUnit?: InputMaybe<HoursUnit>;
  /** Where the budget figure comes from; absent = keep the stored source, null = none. */
  source?: InputMaybe<SourceInput>;
  /** Staff hours (0 to 100,000); needs hoursUnit; this or amountKr is required. */
  staffHours?: InputMaybe<Scalars['Float']['input']>;
  /** Year, 2000 to 2100. */
  year: Scalars['Int']['input'];
};

/** The assumptions of a business case, as the form sends them (percent as 0–100). */
export type BusinessCaseAssumptionsInput = {
  /** Attribution in percent. */
  attributionPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Number of cohorts, one a year from year 0. */
  cohorts?: InputMaybe<Scalars['Int']['input']>;
  /** Costs per year. */
  costs: Array<BusinessCaseLineInput>;
  /** Deadweight in percentage points. */
  deadweightPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Discount rate in percent. */
  discountRatePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Drop-off per year in percent. */
  dropOffPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Years the effect lasts; null = to the horizon. */
  effectDurationYears?: InputMaybe<Scalars['Int']['input']>;
  /** Engagement (completion) rate in percent. */
  engagementRatePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Gains per successful citizen per year. */
  gains: Array<BusinessCaseLineInput>;
  /** Gross success rate in percent. */
  grossSuccessRatePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Years. */
  horizonYears?: InputMaybe<Scalars['Int']['input']>;
  /** Monte Carlo draws (0 = none). */
  monteCarloDraws?: InputMaybe<Scalars['Int']['input']>;
  /** Participants per cohort. */
  participants?: InputMaybe<Scalars['Float']['input']>;
  /** Source of each scalar assumption. */
  sources: Array<AssumptionSourceInput>;
  /** prevention (Skandia-style) or social (SØM-style). */
  template: Scalars['String']['input'];
};

/** One bearer's part of a business case (kommune, region, stat or any named agency). */
export type BusinessCaseBearer = {
  __typename?: 'BusinessCaseBearer';
  /** Kroner back per krone the bearer invests; null for a bearer without costs. */
  bcr?: Maybe<Scalars['Float']['output']>;
  /** Name of the bearer as written in the scenario. */
  bearer: Scalars['String']['output'];
  /** pvGains − pvCosts, kroner. */
  npv: Scalars['Float']['output'];
  /** Present value of the bearer's costs, kroner. */
  pvCosts: Scalars['Float']['output'];
  /** Present value of the bearer's gains, kroner. */
  pvGains: Scalars['Float']['output'];
  /** The bearer's share of all gains (0–1); null when there are no gains. */
  shareOfGains?: Maybe<Scalars['Float']['output']>;
};

/** Two versions of a business case side by side. */
export type BusinessCaseComparison = {
  __typename?: 'BusinessCaseComparison';
  /** The older version. */
  a: BusinessCaseVersion;
  /** The newer version. */
  b: BusinessCaseVersion;
  /** Inputs that differ. */
  inputs: Array<ComparedValue>;
  /** Main results of both. */
  results: Array<ComparedValue>;
};

/** A business-case scenario shipped with the calculation package, to start from. */
export type BusinessCaseExample = {
  __typename?: 'BusinessCaseExample';
  /** Danish description: what it shows and where its figures come from. */
  description: Scalars['String']['output'];
  /** Stable key, the example file's name. */
  id: Scalars['ID']['output'];
  /** Danish name. */
  name: Scalars['String']['output'];
  /** The scenario, in the business-case command's format. */
  scenario: Scalars['JSON']['output'];
};

/** A cost or gain line of a business case. */
export type BusinessCaseLineInput = {
  /** Annual kroner (costs) or annual gain per successful citizen (gains). */
  amountKr?: InputMaybe<Scalars['Float']['input']>;
  /** Who bears the cost or reaps the gain. */
  bearer: PriceBearer;
  /** First year of a cost (default 0). */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the line is, e.g. 'Sundhedskoordinator 15 timer/uge'. */
  label: Scalars['String']['input'];
  /** A price of the catalogue instead of an amount. */
  priceId?: InputMaybe<Scalars['ID']['input']>;
  /** Units of the price per year. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Where the figure comes from. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** An assumption still to be filled in (counts as 0 kr.). */
  toBeFilled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last year of a cost (default the horizon). */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** A case a re-run moved: old result next to new. */
export type BusinessCaseMove = {
  __typename?: 'BusinessCaseMove';
  /** The case. */
  businessCaseId: Scalars['ID']['output'];
  /** newNpv − oldNpv, kroner. */
  change?: Maybe<Scalars['Float']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** NPV after, kroner. */
  newNpv?: Maybe<Scalars['Float']['output']>;
  /** NPV before, kroner. */
  oldNpv?: Maybe<Scalars['Float']['output']>;
};

/** The result of a Skandia-model business case (docs/reference/skandia.md §6), as the business-case command prints it. */
export type BusinessCaseResult = {
  __typename?: 'BusinessCaseResult';
  /** Kroner back per invested krone (pvGains / pvCosts); null without costs. */
  bcr?: Maybe<Scalars['Float']['output']>;
  /** Break-even figures. */
  breakEven: BreakEven;
  /** Each bearer's gains, costs and share, in the order the scenario names them. */
  byBearer: Array<BusinessCaseBearer>;
  /** Defaults applied to fields the scenario left out, e.g. 'attribution = 0'. */
  defaultsApplied: Array<Scalars['String']['output']>;
  /** Monte Carlo percentiles, when the scenario has a monteCarlo section. */
  monteCarlo?: Maybe<MonteCarloSummary>;
  /** npv / pvCosts; null without costs. */
  netRoi?: Maybe<Scalars['Float']['output']>;
  /** Net success rate after deadweight, engagement, attribution and displacement. */
  netSuccessRate: Scalars['Float']['output'];
  /** Net present value, kroner. */
  npv: Scalars['Float']['output'];
  /** Payback time. */
  payback: Payback;
  /** Present value of all costs, kroner. */
  pvCosts: Scalars['Float']['output'];
  /** Present value of all gains, kroner. */
  pvGains: Scalars['Float']['output'];
  /** Successful citizens in all cohorts after all adjustments. */
  successes: Scalars['Float']['output'];
  /** Switching value of every input. */
  switchingValues: Array<SwitchingValue>;
  /** One-way sensitivity at ±20 %, largest swing first. */
  tornado: Array<TornadoRow>;
  /** The year-by-year table. */
  years: Array<BusinessCaseYear>;
};

/** One version of a business case's assumptions: who, when, why, sources. */
export type BusinessCaseVersion = {
  __typename?: 'BusinessCaseVersion';
  /** The assumptions as the form sends them (BusinessCaseAssumptionsInput). */
  assumptions: Scalars['JSON']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Version number, from 1. */
  number: Scalars['Int']['output'];
  /** Why it was changed. */
  reason: Scalars['String']['output'];
  /** The result when it was saved. */
  result?: Maybe<BusinessCaseResult>;
  /** Who saved it. */
  userName?: Maybe<Scalars['String']['output']>;
};

/** One year of a business case; year 0 is never discounted. */
export type BusinessCaseYear = {
  __typename?: 'BusinessCaseYear';
  /** Successful citizens whose effect is active this year, weighted by persistence. */
  activeSuccesses: Scalars['Float']['output'];
  /** Costs of the year, kroner (undiscounted). */
  costs: Scalars['Float']['output'];
  /** Sum of discounted net from year 0. */
  cumulativeDiscountedNet: Scalars['Float']['output'];
  /** Sum of net from year 0. */
  cumulativeNet: Scalars['Float']['output'];
  /** Discount factor of the year. */
  discountFactor: Scalars['Float']['output'];
  /** net × discount factor. */
  discountedNet: Scalars['Float']['output'];
  /** Gains of the year, kroner (undiscounted). */
  gains: Scalars['Float']['output'];
  /** gains − costs, kroner. */
  net: Scalars['Float']['output'];
  /** Year from 0 to the horizon. */
  year: Scalars['Int']['output'];
};

/** One field change of a planning record (theme, milestone, budget line, project, indicator, value, status report). */
export type ChangeEntry = {
  __typename?: 'ChangeEntry';
  /** Kind of change: CREATE, UPDATE, DELETE, MOVE or CLOSE. */
  action: Scalars['String']['output'];
  /** Danish label of the action, e.g. 'Ændret'. */
  actionLabel: Scalars['String']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Field name (null when the whole record was created or deleted). */
  field?: Maybe<Scalars['String']['output']>;
  /** Identifier of the history entry (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Danish label of the field, e.g. 'Ejer'. */
  label: Scalars['String']['output'];
  /** The new value as Danish text; null = empty. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The old value as Danish text (names, labels, 26.4.2023, 1.234 kr.); null = empty. */
  oldValue?: Maybe<Scalars['String']['output']>;
  /** Id of the changed record. */
  recordId: Scalars['ID']['output'];
  /** Danish label of the record kind, e.g. 'Milepæl'. */
  recordLabel: Scalars['String']['output'];
  /** Kind of record: THEME, MILESTONE, BUDGET_LINE, PROJECT, INDICATOR, INDICATOR_VALUE or STATUS_REPORT. */
  recordType: Scalars['String']['output'];
  /** Who (staff name); null for the system. */
  userName?: Maybe<Scalars['String']['output']>;
  /** The record version this change produced. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** Closing a project. */
export type CloseProjectInput = {
  /** The day it closed; today when absent. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Why (required). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** DONE or CANCELLED. */
  status?: InputMaybe<WorkStatus>;
};

/** A health cluster (sundhedsklynge). */
export type Cluster = {
  __typename?: 'Cluster';
  /** Field-level history of the cluster's meetings, items, grants and follow-ups, newest first (secretariat only). */
  changes: Array<ClusterChangeEntry>;
  /** Follow-up points of the cluster's grants and decisions, by due date. */
  followUps: Array<FollowUp>;
  /** Grants, optionally of one year. */
  grants: Array<Grant>;
  /** Identifier of the cluster (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Political or administrative. */
  kind: ClusterKind;
  /** Meetings, newest first (drafts for the secretariat only). */
  meetings: Array<ClusterMeeting>;
  /** Member organisations; co-chairs have role CO_CHAIR. */
  members: Array<ClusterMember>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The bodies this one took over from. */
  predecessors: Array<Cluster>;
  /** The region. */
  region: Region;
  /** When the secretariat was handed over to the successor; null while the body keeps it. */
  secretariatHandedOverAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** The body that takes over (its own members; not this body renamed). */
  successor?: Maybe<Cluster>;
  /** First day the cluster exists; null where no source states it. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the cluster exists; null while it runs. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A health cluster (sundhedsklynge). */
export type ClusterChangesArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A health cluster (sundhedsklynge). */
export type ClusterGrantsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A health cluster (sundhedsklynge). */
export type ClusterMeetingsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Something the cluster secretariat must look at: an overdue follow-up point or a grant without follow-up. */
export type ClusterAttentionItem = {
  __typename?: 'ClusterAttentionItem';
  /** The day it refers to. */
  date: Scalars['Date']['output'];
  /** Stable key: kind and record. */
  id: Scalars['ID']['output'];
  /** What kind of item. */
  kind: AttentionKind;
  /** Danish label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Route path of the page where it is fixed. */
  route: Scalars['String']['output'];
  /** Danish one-line title. */
  title: Scalars['String']['output'];
};

/** One field change of a cluster record (meeting, agenda item, grant, follow-up point). */
export type ClusterChangeEntry = {
  __typename?: 'ClusterChangeEntry';
  /** Danish label of the action, e.g. 'Ændret'. */
  actionLabel: Scalars['String']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Identifier of the history entry (a UUID). */
  id: Scalars['ID']['output'];
  /** Danish label of the field (the record kind when the whole record was created). */
  label: Scalars['String']['output'];
  /** The new value as Danish text; null = empty. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The old value as Danish text; null = empty. */
  oldValue?: Maybe<Scalars['String']['output']>;
  /** Id of the changed record. */
  recordId: Scalars['ID']['output'];
  /** Danish label of the record kind, e.g. 'Bevilling'. */
  recordLabel: Scalars['String']['output'];
  /** Who (staff name); null for the system. */
  userName?: Maybe<Scalars['String']['output']>;
  /** The record version this change produced. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** Political or administrative cluster. */
export type ClusterKind =
  | 'ADMINISTRATIVE'
  /** A sundhedsråd (from the 2027 health reform): the political body that succeeds a health cluster. */
  | 'HEALTH_COUNCIL'
  | 'POLITICAL';

/** A meeting of a cluster. */
export type ClusterMeeting = {
  __typename?: 'ClusterMeeting';
  /** Agenda items in order. */
  agendaItems: Array<AgendaItem>;
  /** When the agenda was published; null while it is a draft (only the secretariat reads drafts). */
  agendaPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The municipality's body (Sundhedsforum, 'Sammen om sundhed') that holds the meeting; null for a cluster's. */
  body?: Maybe<Body>;
  /** The cluster that holds the meeting; null for a meeting of a municipality's body. */
  cluster?: Maybe<Cluster>;
  /** Date. */
  date: Scalars['Date']['output'];
  /** End time (HH:MM). */
  endTime?: Maybe<Scalars['String']['output']>;
  /** Identifier of the meeting (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Ordinary or extraordinary. */
  kind: MeetingKind;
  /** Danish label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** When the minutes were published; null until then. */
  minutesPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Participants as organisations and functions, with attendance (never named citizens). */
  participants: Array<MeetingParticipant>;
  /** Place. */
  place?: Maybe<Scalars['String']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Start time (HH:MM). */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A member organisation of a cluster. */
export type ClusterMember = {
  __typename?: 'ClusterMember';
  /** Identifier of the cluster member (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Kind of organisation. */
  kind: PartnerKind;
  /** The municipality, when the member is one (the host choices of a grant). */
  municipality?: Maybe<Municipality>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The function that represents it, e.g. 'borgmester'. */
  representedBy?: Maybe<Scalars['String']['output']>;
  /** Member or co-chair. */
  role: MemberRole;
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** One key of a breakdown of one year (a sector, contact type, age group or diagnosis group). */
export type CofinancingBreakdownRow = {
  __typename?: 'CofinancingBreakdownRow';
  /** Kroner. */
  amount: Scalars['Float']['output'];
  /** Contacts. */
  contacts: Scalars['Float']['output'];
  /** sector, contactType, ageGroup or diagnosisGroup. */
  dimension: Scalars['String']['output'];
  /** The key as in the activity format. */
  key: Scalars['String']['output'];
  /** Danish label; a diagnosis group as 'Lungebetændelse (DJ18)', or the code with 'navnet kendes ikke'. */
  label: Scalars['String']['output'];
  /** Where a diagnosis group's name comes from; null for other dimensions and unknown names. */
  labelSource?: Maybe<Scalars['String']['output']>;
  /** The comparison levels per inhabitant, in the order of comparisons. */
  levels: Array<CofinancingLevelValue>;
  /** Kroner per inhabitant of the age group (age groups) or of the municipality; null without population. */
  perInhabitant?: Maybe<Scalars['Float']['output']>;
};

/** The director's overview card: last full year, trend and per inhabitant against the comparison. */
export type CofinancingCard = {
  __typename?: 'CofinancingCard';
  /** Kroner that year. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** Name of the comparison level. */
  comparisonLabel?: Maybe<Scalars['String']['output']>;
  /** The comparison level's kroner per inhabitant. */
  comparisonPerInhabitant?: Maybe<Scalars['Float']['output']>;
  /** Kroner per inhabitant; null without population. */
  perInhabitant?: Maybe<Scalars['Float']['output']>;
  /** Danish one-line summary. */
  summary: Scalars['String']['output'];
  /** Change from the year before (fraction); null without it. */
  trend?: Maybe<Scalars['Float']['output']>;
  /** The last full year with imported data; null when there is none. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A comparison level: the kommunesocialgruppe, a named comparison set, or the national level. */
export type CofinancingComparison = {
  __typename?: 'CofinancingComparison';
  /** Per year, computed only from imported data. */
  byYear: Array<CofinancingPoint>;
  /** SOCIAL_GROUP, SET or NATIONAL. */
  kind: Scalars['String']['output'];
  /** Danish name, e.g. 'Kommunesocialgruppe 4' or 'Vestegnen'. */
  label: Scalars['String']['output'];
  /** Why there is no figure (e.g. no kommunesocialgruppe), or what the level is made of. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A named comparison set of municipalities (editable by the staff unit). */
export type CofinancingComparisonSet = {
  __typename?: 'CofinancingComparisonSet';
  /** Id. */
  id: Scalars['ID']['output'];
  /** Member municipalities' codes. */
  memberCodes: Array<Scalars['String']['output']>;
  /** Member municipalities' official names. */
  members: Array<Scalars['String']['output']>;
  /** Name, e.g. 'Vestegnen'. */
  name: Scalars['String']['output'];
  /** Where the list comes from. */
  note?: Maybe<Scalars['String']['output']>;
  /** Record version (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A comparison set to save. */
export type CofinancingComparisonSetInput = {
  /** Id of the set to change; null for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Member municipality codes. */
  memberCodes: Array<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Where the list comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Version read (required when changing). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The rule-change difference: comparison − base, so a positive amount is what the new rules cost extra. */
export type CofinancingDifference = {
  __typename?: 'CofinancingDifference';
  /** By age group. */
  byAgeGroup: Array<KeyedAmount>;
  /** By contact type. */
  byContactType: Array<KeyedAmount>;
  /** By sector. */
  bySector: Array<KeyedAmount>;
  /** Difference in total, kroner. */
  total: Scalars['Float']['output'];
};

/** A rate set with the municipality's own figures on top of the shipped ones. */
export type CofinancingEditableRateSet = {
  __typename?: 'CofinancingEditableRateSet';
  /** Key, e.g. flat2012-regionh. */
  id: Scalars['String']['output'];
  /** Danish name. */
  label: Scalars['String']['output'];
  /** What is known and missing, in Danish. */
  note?: Maybe<Scalars['String']['output']>;
  /** The rules. */
  rules: Array<CofinancingEditableRule>;
};

/** One rule of a rate set: a share and a cap, each with its status and the source, as the staff unit has it. */
export type CofinancingEditableRule = {
  __typename?: 'CofinancingEditableRule';
  /** Age group key, or 'all'. */
  ageGroup: Scalars['String']['output'];
  /** Cap in kroner per capUnit; null when missing or when the rule has no cap. */
  cap?: Maybe<Scalars['Float']['output']>;
  /** confirmed, approximate or missing. */
  capStatus: Scalars['String']['output'];
  /** perAdmission, perRegionalCourse, perVisit or none. */
  capUnit: Scalars['String']['output'];
  /** Contact type key. */
  contactType: Scalars['String']['output'];
  /** Danish label of the rule's group. */
  label: Scalars['String']['output'];
  /** What the shipped figure rests on (the public source's wording). */
  note?: Maybe<Scalars['String']['output']>;
  /** Key of the rate set, e.g. age2018-regionh. */
  rateSetId: Scalars['String']['output'];
  /** Sector key. */
  sector: Scalars['String']['output'];
  /** Share of the tariff, 0–1; null when missing. */
  share?: Maybe<Scalars['Float']['output']>;
  /** confirmed, approximate or missing. */
  shareStatus: Scalars['String']['output'];
  /** Where the figures come from. */
  source: Scalars['String']['output'];
  /** Record version (ADR 016); 0 while the shipped rule has not been changed. */
  version: Scalars['Int']['output'];
};

/** A rule's figures to save. */
export type CofinancingEditableRuleInput = {
  /** Age group key, or 'all'. */
  ageGroup: Scalars['String']['input'];
  /** Cap in kroner; null when missing or without a cap. */
  cap?: InputMaybe<Scalars['Float']['input']>;
  /** confirmed, approximate or missing. */
  capStatus: Scalars['String']['input'];
  /** Contact type key. */
  contactType: Scalars['String']['input'];
  /** Key of the rate set. */
  rateSetId: Scalars['String']['input'];
  /** Sector key. */
  sector: Scalars['String']['input'];
  /** Share 0–1; null when missing. */
  share?: InputMaybe<Scalars['Float']['input']>;
  /** confirmed, approximate or missing. */
  shareStatus: Scalars['String']['input'];
  /** Where the figures come from. */
  source: Scalars['String']['input'];
  /** Version read (0 for a rule not changed before). */
  version: Scalars['Int']['input'];
};

/** One import batch: the source of the figures. */
export type CofinancingImportBatch = {
  __typename?: 'CofinancingImportBatch';
  /** Activity rows. */
  activityRows: Scalars['Int']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** When it was imported. */
  importedAt: Scalars['DateTime']['output'];
  /** Who imported it. */
  importedBy: Scalars['String']['output'];
  /** Municipality. */
  municipality: Scalars['String']['output'];
  /** First day of the period. */
  periodFrom: Scalars['Date']['output'];
  /** Last day of the period. */
  periodTo: Scalars['Date']['output'];
  /** Danish kind of source. */
  sourceKind: Scalars['String']['output'];
  /** The source as the staff unit wrote it. */
  sourceText: Scalars['String']['output'];
  /** True when a later import replaced it (kept in the history). */
  superseded: Scalars['Boolean']['output'];
  /** Synthetic demo data ('syntetiske data'). */
  synthetic: Scalars['Boolean']['output'];
};

/** A comparison level's figure for one breakdown row or one preventable-admissions group, from imported data only. */
export type CofinancingLevelValue = {
  __typename?: 'CofinancingLevelValue';
  /** The level's Danish name, as in comparisons (e.g. 'Kommunesocialgruppe 4', 'Vestegnen', 'Landsplan'). */
  label: Scalars['String']['output'];
  /** Municipalities whose imported data and population make up the figure. */
  municipalities: Scalars['Int']['output'];
  /** Why there is no figure, in Danish (e.g. 'ikke importeret: …'); null when there is one. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Kroner per inhabitant (breakdowns; age groups per inhabitant of the group) or admissions per 1,000 aged 65+; null when not computed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The co-financing page of the caller's municipality. */
export type CofinancingOverview = {
  __typename?: 'CofinancingOverview';
  /** Breakdowns of the last year asked that has the municipality's own data (the last year asked when none has). */
  breakdown: Array<CofinancingBreakdownRow>;
  /** Per month of the years asked. */
  byMonth: Array<CofinancingPoint>;
  /** Per year. */
  byYear: Array<CofinancingPoint>;
  /** The kommunesocialgruppe, each comparison set and the national level. */
  comparisons: Array<CofinancingComparison>;
  /** Deviation threshold for 'Kræver opmærksomhed' (0.1 = 10 %). */
  deviationThreshold: Scalars['Float']['output'];
  /** The imports behind the figures (sources), newest first, including superseded ones. */
  imports: Array<CofinancingImportBatch>;
  /** The municipality's official name. */
  municipality: Scalars['String']['output'];
  /** Paid against computed per month. */
  paid: Array<CofinancingPaidMonth>;
  /** Danish message naming the years whose population is missing; null when none is. */
  populationMissing?: Maybe<Scalars['String']['output']>;
  /** Preventable admissions per group and year. */
  preventable: Array<CofinancingPreventableRow>;
  /** Definition of the preventable-admissions indicator and its source. */
  preventableDefinition: Scalars['String']['output'];
  /** The regimes through the reform. */
  regimes: Array<CofinancingRegimePeriod>;
  /** Version of the settings (ADR 016). */
  settingsVersion: Scalars['Int']['output'];
};

/** Paid a-conto and settlement rows, kept apart from the activity-based amount. */
export type CofinancingPaid = {
  __typename?: 'CofinancingPaid';
  /** A-conto payments, kroner. */
  aconto: Scalars['Float']['output'];
  /** Settlement (efterregulering), kroner. */
  efterregulering: Scalars['Float']['output'];
  /** Both, kroner. */
  total: Scalars['Float']['output'];
};

/** Paid (a-conto, settlement) against computed, per month. */
export type CofinancingPaidMonth = {
  __typename?: 'CofinancingPaidMonth';
  /** A-conto paid, kroner. */
  aconto: Scalars['Float']['output'];
  /** Activity-based amount of the month, kroner. */
  computed: Scalars['Float']['output'];
  /** Month. */
  month: Scalars['Int']['output'];
  /** Settlement, kroner. */
  settlement: Scalars['Float']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** One period's co-financing of a municipality or a comparison level (issue 13). */
export type CofinancingPoint = {
  __typename?: 'CofinancingPoint';
  /** Activity-based co-financing as imported, kroner (a shadow figure from 2019, when payments are a-conto). */
  amount: Scalars['Float']['output'];
  /** Contacts. */
  contacts: Scalars['Float']['output'];
  /** Month 1–12; null for a whole year. */
  month?: Maybe<Scalars['Int']['output']>;
  /** Municipalities whose imported data and population make up the figure (1 for a municipality). */
  municipalities: Scalars['Int']['output'];
  /** Kroner per inhabitant; null when the population of the year is missing. */
  perInhabitant?: Maybe<Scalars['Float']['output']>;
  /** Contacts imported without an amount ('ikke beregnet'). */
  uncomputedContacts: Scalars['Float']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** Preventable admissions of one group and year, as eSundhed defines the indicator. */
export type CofinancingPreventableRow = {
  __typename?: 'CofinancingPreventableRow';
  /** Admissions. */
  count: Scalars['Int']['output'];
  /** Group key. */
  group: Scalars['String']['output'];
  /** Danish name of the group. */
  label: Scalars['String']['output'];
  /** The comparison levels per 1,000 aged 65+, in the order of comparisons. */
  levels: Array<CofinancingLevelValue>;
  /** Per 1,000 citizens aged 65+; null without population. */
  per1000Aged65Plus?: Maybe<Scalars['Float']['output']>;
  /** Where the count comes from. */
  source: Scalars['String']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A shipped rate set: the rules of one regime, every figure with its source and status. */
export type CofinancingRateSet = {
  __typename?: 'CofinancingRateSet';
  /** Stable key, e.g. flat2012-regionh. */
  id: Scalars['ID']['output'];
  /** Note on what is confirmed, approximate or missing. */
  note?: Maybe<Scalars['String']['output']>;
  /** The regime the rules belong to. */
  regime: CofinancingRegime;
  /** The rules. */
  rules: Array<CofinancingRule>;
  /** Where the rate set comes from. */
  source: Scalars['String']['output'];
  /** Settlement year; null where the source does not date its figures. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Co-financing regimes (docs/reference/cofinancing.md §1). */
export type CofinancingRegime =
  /** Abolished (not computable). */
  | 'abolished'
  /** 2019 onwards: a-conto payments; the activity amount is a shadow figure. */
  | 'aconto2019'
  /** 2018 age-differentiated model. */
  | 'age2018'
  /** 2007–2011 basic model (parameters missing; not computable). */
  | 'basic2007'
  /** 2012–2017 flat model. */
  | 'flat2012'
  /** 2027–2028 transition (not computable). */
  | 'transition2027';

/** A regime of co-financing in time, with its source. */
export type CofinancingRegimePeriod = {
  __typename?: 'CofinancingRegimePeriod';
  /** What it means, in Danish. */
  description: Scalars['String']['output'];
  /** First year. */
  fromYear: Scalars['Int']['output'];
  /** Danish name. */
  label: Scalars['String']['output'];
  /** Regime key of the calculation package. */
  regime: Scalars['String']['output'];
  /** Where it is confirmed. */
  source: Scalars['String']['output'];
  /** Last year; null when open. */
  toYear?: Maybe<Scalars['Int']['output']>;
};

/** Activity priced under one rate set. */
export type CofinancingResult = {
  __typename?: 'CofinancingResult';
  /** Rules used whose figures are only approximate (sector/contactType/ageGroup). */
  approximateRules: Array<Scalars['String']['output']>;
  /** By age group. */
  byAgeGroup: Array<KeyedAmount>;
  /** By contact type. */
  byContactType: Array<KeyedAmount>;
  /** By sector. */
  bySector: Array<KeyedAmount>;
  /** By year. */
  byYear: Array<KeyedAmount>;
  /** Contacts priced. */
  contacts: Scalars['Float']['output'];
  /** Contacts in psychiatric 'særlige pladser', excluded from co-financing. */
  excludedContacts: Scalars['Float']['output'];
  /** Paid a-conto and settlement. */
  paid: CofinancingPaid;
  /** The rate set used. */
  rateSetId: Scalars['ID']['output'];
  /** Its regime. */
  regime: CofinancingRegime;
  /** 100 % municipal items. */
  separateLedger: SeparateLedger;
  /** True from 2019, when the activity amount is a shadow figure and payments are a-conto. */
  shadow: Scalars['Boolean']['output'];
  /** Co-financing in total, kroner. */
  total: Scalars['Float']['output'];
};

/** One co-financing rule: share of the tariff and cap for a sector, contact type and age group. */
export type CofinancingRule = {
  __typename?: 'CofinancingRule';
  /** Age group 0-2, 3-64, 65-79, 80+ or all. */
  ageGroup: Scalars['String']['output'];
  /** Cap in kroner per capUnit; null means no cap (capUnit none) or a missing cap. */
  cap?: Maybe<Scalars['Float']['output']>;
  /** Provenance of the cap. */
  capStatus: RateStatus;
  /** perAdmission, perRegionalCourse, perVisit or none. */
  capUnit: Scalars['String']['output'];
  /** Contact type as in the activity CSV (e.g. stationaer, ambulant, almen_laege). */
  contactType: Scalars['String']['output'];
  /** Further note, e.g. the source's exact wording. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sector: somatik, psykiatri or praksis. */
  sector: Scalars['String']['output'];
  /** Share of the tariff (0–1); null when missing. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Provenance of the share. */
  shareStatus: RateStatus;
  /** Where the figures come from. */
  source: Scalars['String']['output'];
};

/** An activity file priced under a rate set and, for a rule-change simulation, a second one. */
export type CofinancingSimulation = {
  __typename?: 'CofinancingSimulation';
  /** Priced under the chosen rate set. */
  base: CofinancingResult;
  /** Priced under the comparison rate set, if one was chosen. */
  compare?: Maybe<CofinancingResult>;
  /** compare − base, if a comparison rate set was chosen. */
  difference?: Maybe<CofinancingDifference>;
  /** Data rows read from the file. */
  rows: Scalars['Int']['output'];
};

/** Theme F on stored data: what the 2018 change means for the municipality's own activity of one year. */
export type CofinancingThemeF = {
  __typename?: 'CofinancingThemeF';
  /** Name of the rate set of the age-differentiated rules. */
  alternativeLabel: Scalars['String']['output'];
  /** Name of the rate set of the flat rules. */
  baseLabel: Scalars['String']['output'];
  /** The total and the cells by sector, contact type and age group. */
  cells: Array<CofinancingThemeFCell>;
  /** What the comparison is and where the rates come from, in Danish. */
  note: Scalars['String']['output'];
  /** The year of the activity. */
  year: Scalars['Int']['output'];
};

/** Theme F: one breakdown key of a year's stored activity priced under the flat and the age-differentiated rules. */
export type CofinancingThemeFCell = {
  __typename?: 'CofinancingThemeFCell';
  /** Kroner under the age-differentiated 2018 rules; null ('ikke beregnet') when a contact needs a missing rate. */
  ageAmount?: Maybe<Scalars['Float']['output']>;
  /** Share of the cell's priced kroner (both rules) that rests on approximate rates, 0–1. */
  approximateShare: Scalars['Float']['output'];
  /** Contacts inside co-financing. */
  contacts: Scalars['Float']['output'];
  /** Age-differentiated minus flat; null unless both are computed. */
  difference?: Maybe<Scalars['Float']['output']>;
  /** total, sector, contactType or ageGroup. */
  dimension: Scalars['String']['output'];
  /** Kroner under the flat 2012 rules; null ('ikke beregnet') when a contact of the cell needs a missing rate. */
  flatAmount?: Maybe<Scalars['Float']['output']>;
  /** The key as in the activity format; empty for the total. */
  key: Scalars['String']['output'];
  /** Danish label. */
  label: Scalars['String']['output'];
  /** Each missing rate the cell needs, in plain Danish (which share or cap, age group, sector, contact type, rate set). */
  missingRates: Array<Scalars['String']['output']>;
  /** Share of the cell's contacts that need a missing rate under either rule, 0–1. */
  missingShare: Scalars['Float']['output'];
};

/** One value in two versions. */
export type ComparedValue = {
  __typename?: 'ComparedValue';
  /** Value in version a, as text. */
  a?: Maybe<Scalars['String']['output']>;
  /** Value in version b, as text. */
  b?: Maybe<Scalars['String']['output']>;
  /** Key of the value. */
  key: Scalars['String']['output'];
  /** Danish label. */
  label: Scalars['String']['output'];
};

/** The decision on an agenda item. */
export type DecisionInput = {
  /** Day of the decision; the meeting day when absent. */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  /** Decision text. */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** Outcome (required). */
  outcome?: InputMaybe<DecisionOutcome>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
};

/** The outcome of a decision on an agenda item. */
export type DecisionOutcome =
  | 'APPROVED'
  | 'APPROVED_WITH_CHANGES'
  | 'POSTPONED'
  | 'REJECTED';

/** A demo account offered on the sign-in page in demo mode. */
export type DemoAccount = {
  __typename?: 'DemoAccount';
  /** E-mail of the account. */
  email: Scalars['String']['output'];
  /** Danish label, e.g. 'Sundhedskonsulent'. */
  label: Scalars['String']['output'];
  /** Role of the account. */
  role: Role;
};

/** A follow-up point of a grant or a decision. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** The decision followed up. */
  agendaItem?: Maybe<AgendaItem>;
  /** Day it was done. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** Due day. */
  dueDate: Scalars['Date']['output'];
  /** The grant followed up. */
  grant?: Maybe<Grant>;
  /** Identifier of the follow-up point (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Open and due before today (computed). */
  overdue: Scalars['Boolean']['output'];
  /** Who reported (organisation or function). */
  reportedBy?: Maybe<Scalars['String']['output']>;
  /** Organisation or function responsible. */
  responsible: Scalars['String']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Open, done or cancelled. */
  status: FollowUpStatus;
  /** Danish label of the status. */
  statusLabel: Scalars['String']['output'];
  /** What is to be followed up. */
  text: Scalars['String']['output'];
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A follow-up point: all editable fields. */
export type FollowUpInput = {
  /** The decision followed up. */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Day it was done (required when done). */
  doneOn?: InputMaybe<Scalars['String']['input']>;
  /** Due day (required). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The grant followed up (this or agendaItemId is required). */
  grantId?: InputMaybe<Scalars['ID']['input']>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who reported. */
  reportedBy?: InputMaybe<Scalars['String']['input']>;
  /** Organisation or function responsible (required). */
  responsible?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
  /** Status (default open). */
  status?: InputMaybe<FollowUpStatus>;
  /** What is followed up (required). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Status of a follow-up point. */
export type FollowUpStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A money flow in time around the end of kommunal medfinansiering (issue 13 item 5, ADR 069): data with a source, no invented rule. */
export type FundingFlow = {
  __typename?: 'FundingFlow';
  /** The amount or rule, only when a source gives it. */
  amountOrRule?: Maybe<Scalars['String']['output']>;
  /** Identifier of the flow (a UUID). */
  id: Scalars['ID']['output'];
  /** What is known, in a sentence. */
  known: Scalars['String']['output'];
  /** Name, e.g. 'Overgangsordning 2027–2028'. */
  name: Scalars['String']['output'];
  /** Danish label of the payer and the recipient, e.g. 'Kommune → Region'. */
  partiesLabel: Scalars['String']['output'];
  /** Who pays. */
  payerKind: FundingPartyKind;
  /** Who published the source. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Who receives. */
  recipientKind: FundingPartyKind;
  /** The flow takes over (part of) what kommunal medfinansiering did. */
  replacesCofinancing: Scalars['Boolean']['output'];
  /** The source that names the flow. */
  source?: Maybe<Source>;
  /** How far the flow is settled. */
  status: FundingFlowStatus;
  /** Danish label of the status. */
  statusLabel: Scalars['String']['output'];
  /** First day; null when not known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day; null while open or not known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A money flow as the staff unit types it. */
export type FundingFlowInput = {
  /** The amount or rule; only with a source. */
  amountOrRule?: InputMaybe<Scalars['String']['input']>;
  /** What is known, in a sentence. */
  known: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Who pays. */
  payerKind: FundingPartyKind;
  /** Who published the source. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Who receives. */
  recipientKind: FundingPartyKind;
  /** The flow takes over (part of) what kommunal medfinansiering did. */
  replacesCofinancing?: InputMaybe<Scalars['Boolean']['input']>;
  /** The source; required for a new flow, absent to keep the stored one. */
  source?: InputMaybe<SourceInput>;
  /** How far the flow is settled. */
  status: FundingFlowStatus;
  /** First day (e.g. 1.1.2027). */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** Last day; set it to end the flow. */
  validTo?: InputMaybe<Scalars['String']['input']>;
};

/** How far a money flow is settled (ADR 069). */
export type FundingFlowStatus =
  /** Agreed politically; no adopted act confirmed. */
  | 'AGREED_NOT_LEGISLATED'
  /** In an adopted act or the authority's own statement. */
  | 'KNOWN'
  /** Named by a source; its mechanics are not known. */
  | 'NOT_KNOWN';

/** Who pays or receives a money flow, as a kind of organisation. */
export type FundingPartyKind =
  | 'HEALTH_COUNCIL'
  | 'MUNICIPALITY'
  | 'NOT_KNOWN'
  | 'REGION'
  | 'STATE';

/** A cluster grant (klyngemidler). */
export type Grant = {
  __typename?: 'Grant';
  /** Fremskudt brug af midler: the later year whose money is used now. */
  advancedFromYear?: Maybe<Scalars['Int']['output']>;
  /** Current amount in whole kroner; null where no document states it. */
  amountKr?: Maybe<Scalars['Int']['output']>;
  /** Psychiatry, somatic or other. */
  area: GrantArea;
  /** Every change of the amount, oldest first, each pointing to its decision. */
  changes: Array<GrantAmountChange>;
  /** Follow-up points of the grant. */
  followUps: Array<FollowUp>;
  /** Host municipality. */
  hostMunicipality?: Maybe<Municipality>;
  /** Identifier of the grant (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Posts funded. */
  posts?: Maybe<Scalars['String']['output']>;
  /** Purpose. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** The grant this one was split from. */
  splitFrom?: Maybe<Grant>;
  /** Target group. */
  targetGroup?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
  /** Last year of a multi-year grant; null for one year. */
  yearTo?: Maybe<Scalars['Int']['output']>;
};

/** A change of a grant's amount. */
export type GrantAmountChange = {
  __typename?: 'GrantAmountChange';
  /** The decision that made the change. */
  agendaItem?: Maybe<AgendaItem>;
  /** When it took effect. */
  effectiveDate: Scalars['Date']['output'];
  /** Identifier of the amount change (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Amount after, whole kroner. */
  newAmountKr?: Maybe<Scalars['Int']['output']>;
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Amount before, whole kroner. */
  previousAmountKr?: Maybe<Scalars['Int']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** A change of a grant's amount. */
export type GrantAmountInput = {
  /** The decision (agenda item) that changes the amount (required). */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** New amount in whole kroner, 0 or more (required). */
  amountKr?: InputMaybe<Scalars['Int']['input']>;
  /** Day the change takes effect; the decision day when absent. */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
};

/** Area of a cluster grant. */
export type GrantArea =
  | 'OTHER'
  | 'PSYCHIATRY'
  | 'SOMATIC';

/** A new grant, created by a decision. */
export type GrantInput = {
  /** Fremskudt brug af midler: the later year whose money is used. */
  advancedFromYear?: InputMaybe<Scalars['Int']['input']>;
  /** The decision (agenda item) that creates it (required). */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Amount in whole kroner, 0 or more (required). */
  amountKr?: InputMaybe<Scalars['Int']['input']>;
  /** Area (required). */
  area?: InputMaybe<GrantArea>;
  /** Host municipality. */
  hostMunicipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Note on the first amount. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Posts funded. */
  posts?: InputMaybe<Scalars['String']['input']>;
  /** Purpose. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
  /** Target group. */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  /** Title (required). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Year (required). */
  year?: InputMaybe<Scalars['Int']['input']>;
  /** Last year of a multi-year grant. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One part of a split grant. */
export type GrantPartInput = {
  /** Amount in whole kroner (required). */
  amountKr?: InputMaybe<Scalars['Int']['input']>;
  /** Host municipality. */
  hostMunicipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Posts funded. */
  posts?: InputMaybe<Scalars['String']['input']>;
  /** Title (required). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A split of a grant into parts. */
export type GrantSplitInput = {
  /** The decision (agenda item) that splits it (required). */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Note on the changes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** At least two parts whose amounts add up to the grant's. */
  parts?: InputMaybe<Array<GrantPartInput>>;
};

/** A hand-over of open follow-up points when a body ends. */
export type HandOverInput = {
  /** Day of the hand-over; today when absent. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The new owner; the successor body's name when absent. */
  owner?: InputMaybe<Scalars['String']['input']>;
};

/** A language the citizen-facing hand-out can be given in (issue 12): a list the staff unit keeps as data, shared by every municipality. */
export type HandoutLanguage = {
  __typename?: 'HandoutLanguage';
  /** ISO 639-1 code, e.g. 'ar': the page's lang and the public page's ?sprog=. */
  code: Scalars['String']['output'];
  /** Left to right or right to left. */
  direction: TextDirection;
  /** Keys of texts that are missing in this language and so shown in Danish. */
  missingTexts: Array<Scalars['String']['output']>;
  /** Danish name, for the staff ('Arabisk'). */
  name: Scalars['String']['output'];
  /** The language's own name, for the citizen ('العربية'). */
  nativeName: Scalars['String']['output'];
  /** The fixed strings of the citizen-facing pages in this language; a missing one is the Danish string. */
  texts: HandoutTexts;
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A language of the hand-out's list. */
export type HandoutLanguageInput = {
  /** Left to right or right to left. */
  direction: TextDirection;
  /** Danish name, at most 60 characters. */
  name: Scalars['String']['input'];
  /** The language's own name, at most 60 characters. */
  nativeName: Scalars['String']['input'];
  /** The fixed strings; a missing one is shown in Danish. */
  texts: HandoutTextsInput;
};

/** The fixed strings of the citizen-facing print sheet, public page, e-mail and text message in one language. */
export type HandoutTexts = {
  __typename?: 'HandoutTexts';
  /** The string about. */
  about: Scalars['String']['output'];
  /** The e-mail's label before the accessibility note (Tilgængelighed). */
  accessibility: Scalars['String']['output'];
  /** The label Age. */
  ages: Scalars['String']['output'];
  /** The e-mail's label before the offer's alert (Bemærk). */
  alert: Scalars['String']['output'];
  /** The e-mail's label before the booking link (Tilmelding). */
  booking: Scalars['String']['output'];
  /** The string contact. */
  contact: Scalars['String']['output'];
  /** The string cost. */
  cost: Scalars['String']['output'];
  /** The course status line when every course has ended, with {date} for the last day. */
  courseEnded: Scalars['String']['output'];
  /** The e-mail's line after the course status when every course has ended: contact us to hear of a new group. */
  courseEndedContact: Scalars['String']['output'];
  /** The course status line when every course has ended and the last day is unknown. */
  courseEndedShort: Scalars['String']['output'];
  /** The course status line with the next start, {date} for the day. */
  courseNext: Scalars['String']['output'];
  /** The string eligibility. */
  eligibility: Scalars['String']['output'];
  /** The string email. */
  email: Scalars['String']['output'];
  /** The format drop-in. */
  formatDropIn: Scalars['String']['output'];
  /** The format hold (in a group). */
  formatHold: Scalars['String']['output'];
  /** The format individuel (one to one). */
  formatIndividuel: Scalars['String']['output'];
  /** The format online. */
  formatOnline: Scalars['String']['output'];
  /** The format telefon (by phone). */
  formatTelefon: Scalars['String']['output'];
  /** The label Format. */
  formats: Scalars['String']['output'];
  /** The string free. */
  free: Scalars['String']['output'];
  /** The string hello. */
  hello: Scalars['String']['output'];
  /** The e-mail's line when an interpreter can be booked. */
  interpreter: Scalars['String']['output'];
  /** The string intro. */
  intro: Scalars['String']['output'];
  /** The label Languages. */
  languages: Scalars['String']['output'];
  /** The string notTranslated. */
  notTranslated: Scalars['String']['output'];
  /** The string partlyDanish. */
  partlyDanish: Scalars['String']['output'];
  /** The string phone. */
  phone: Scalars['String']['output'];
  /** The print sheet's footer, {date} for the day printed and {municipality} for the name of the offer's municipality (Offer.municipalityName). */
  printFooter: Scalars['String']['output'];
  /** The string privacy. */
  privacy: Scalars['String']['output'];
  /** The string qr. */
  qr: Scalars['String']['output'];
  /** The string questions. */
  questions: Scalars['String']['output'];
  /** The string readMore. */
  readMore: Scalars['String']['output'];
  /** The e-mail's closing. */
  regards: Scalars['String']['output'];
  /** The string signUp. */
  signUp: Scalars['String']['output'];
  /** The string smsIntro. */
  smsIntro: Scalars['String']['output'];
  /** The label Last changed. */
  updated: Scalars['String']['output'];
  /** The string what. */
  what: Scalars['String']['output'];
  /** The string when. */
  when: Scalars['String']['output'];
  /** The string where. */
  where: Scalars['String']['output'];
};

/** The fixed strings of the hand-out in one language; each at most 300 characters; left out = shown in Danish. */
export type HandoutTextsInput = {
  /** The string about. */
  about?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's label before the accessibility note (Tilgængelighed). */
  accessibility?: InputMaybe<Scalars['String']['input']>;
  /** The label Age. */
  ages?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's label before the offer's alert (Bemærk). */
  alert?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's label before the booking link (Tilmelding). */
  booking?: InputMaybe<Scalars['String']['input']>;
  /** The string contact. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The string cost. */
  cost?: InputMaybe<Scalars['String']['input']>;
  /** The course status line when every course has ended, with {date} for the last day. */
  courseEnded?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's line after the course status when every course has ended: contact us to hear of a new group. */
  courseEndedContact?: InputMaybe<Scalars['String']['input']>;
  /** The course status line when every course has ended and the last day is unknown. */
  courseEndedShort?: InputMaybe<Scalars['String']['input']>;
  /** The course status line with the next start, {date} for the day. */
  courseNext?: InputMaybe<Scalars['String']['input']>;
  /** The string eligibility. */
  eligibility?: InputMaybe<Scalars['String']['input']>;
  /** The string email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The format drop-in. */
  formatDropIn?: InputMaybe<Scalars['String']['input']>;
  /** The format hold (in a group). */
  formatHold?: InputMaybe<Scalars['String']['input']>;
  /** The format individuel (one to one). */
  formatIndividuel?: InputMaybe<Scalars['String']['input']>;
  /** The format online. */
  formatOnline?: InputMaybe<Scalars['String']['input']>;
  /** The format telefon (by phone). */
  formatTelefon?: InputMaybe<Scalars['String']['input']>;
  /** The label Format. */
  formats?: InputMaybe<Scalars['String']['input']>;
  /** The string free. */
  free?: InputMaybe<Scalars['String']['input']>;
  /** The string hello. */
  hello?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's line when an interpreter can be booked. */
  interpreter?: InputMaybe<Scalars['String']['input']>;
  /** The string intro. */
  intro?: InputMaybe<Scalars['String']['input']>;
  /** The label Languages. */
  languages?: InputMaybe<Scalars['String']['input']>;
  /** The string notTranslated. */
  notTranslated?: InputMaybe<Scalars['String']['input']>;
  /** The string partlyDanish. */
  partlyDanish?: InputMaybe<Scalars['String']['input']>;
  /** The string phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The print sheet's footer, {date} for the day printed and {municipality} for the name of the offer's municipality (Offer.municipalityName). */
  printFooter?: InputMaybe<Scalars['String']['input']>;
  /** The string privacy. */
  privacy?: InputMaybe<Scalars['String']['input']>;
  /** The string qr. */
  qr?: InputMaybe<Scalars['String']['input']>;
  /** The string questions. */
  questions?: InputMaybe<Scalars['String']['input']>;
  /** The string readMore. */
  readMore?: InputMaybe<Scalars['String']['input']>;
  /** The e-mail's closing. */
  regards?: InputMaybe<Scalars['String']['input']>;
  /** The string signUp. */
  signUp?: InputMaybe<Scalars['String']['input']>;
  /** The string smsIntro. */
  smsIntro?: InputMaybe<Scalars['String']['input']>;
  /** The label Last changed. */
  updated?: InputMaybe<Scalars['String']['input']>;
  /** The string what. */
  what?: InputMaybe<Scalars['String']['input']>;
  /** The string when. */
  when?: InputMaybe<Scalars['String']['input']>;
  /** The string where. */
  where?: InputMaybe<Scalars['String']['input']>;
};

/** Unit of staff hours. */
export type HoursUnit =
  | 'PER_MONTH'
  | 'PER_WEEK'
  | 'PER_YEAR'
  | 'TOTAL';

/** Something a project measures, e.g. participants, completion, smoke-free after six months. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Baseline. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Identifier of the indicator (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Where the baseline and target come from. */
  source?: Maybe<Source>;
  /** Target. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of the figures, e.g. 'deltagere', '%'. */
  unit: Scalars['String']['output'];
  /** Measured values, oldest period first. */
  values: Array<IndicatorValue>;
  /** Bumped by every change (ADR 016). */
  version: Scalars['Int']['output'];
};

/** An indicator. */
export type IndicatorInput = {
  /** Baseline. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** Name (required). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where the baseline and target come from. */
  source?: InputMaybe<SourceInput>;
  /** Target. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit (required), e.g. 'deltagere', '%'. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** One measured value of an indicator for a period. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** When it was entered. */
  enteredAt: Scalars['DateTime']['output'];
  /** Who entered it (staff name). */
  enteredByName?: Maybe<Scalars['String']['output']>;
  /** Identifier of the measured value (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Danish label of the period, e.g. '2026' or '3. kvt. 2026'. */
  periodLabel: Scalars['String']['output'];
  /** Quarter of the period, if the value is for a quarter. */
  periodQuarter?: Maybe<Scalars['Int']['output']>;
  /** Year of the period. */
  periodYear: Scalars['Int']['output'];
  /** Where the value comes from. */
  source?: Maybe<Source>;
  /** The value. */
  value: Scalars['Float']['output'];
  /** Bumped by every change (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A measured value of an indicator. */
export type IndicatorValueInput = {
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Quarter of the period, if for a quarter. */
  periodQuarter?: InputMaybe<Scalars['Int']['input']>;
  /** Year of the period (required). */
  periodYear?: InputMaybe<Scalars['Int']['input']>;
  /** Where the value comes from. */
  source?: InputMaybe<SourceInput>;
  /** The value (required). */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** An amount for one key of a breakdown (an age group, sector or contact type). */
export type KeyedAmount = {
  __typename?: 'KeyedAmount';
  /** Kroner. */
  amount: Scalars['Float']['output'];
  /** The key as in the activity CSV (e.g. 65-79, somatik, stationaer). */
  key: Scalars['String']['output'];
};

/** A local account (demo or emergency administrator), as its administrator sees it on /konti. */
export type LocalAccount = {
  __typename?: 'LocalAccount';
  /** When an administrator disabled the account; null while it may sign in. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-mail address (the sign-in name). */
  email: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** True for an administrator. */
  isAdministrator: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The account's role. */
  role: Role;
};

/** A meeting: all editable fields (the form sends them all). */
export type MeetingInput = {
  /** Date (required), d.m.åååå or åååå-mm-dd. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** End time HH:MM. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** Ordinary (default) or extraordinary. */
  kind?: InputMaybe<MeetingKind>;
  /** Participants; absent keeps the stored list. */
  participants?: InputMaybe<Array<MeetingParticipantInput>>;
  /** Place or 'Teams'. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
  /** Start time HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** Title (required). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Ordinary or extraordinary meeting. */
export type MeetingKind =
  | 'EXTRAORDINARY'
  | 'ORDINARY';

/** An organisation (and function) taking part in a meeting. */
export type MeetingParticipant = {
  __typename?: 'MeetingParticipant';
  /** Present, apologies or invited. */
  attendance: Attendance;
  /** Danish label of the attendance. */
  attendanceLabel: Scalars['String']['output'];
  /** Function, e.g. 'borgmester'. */
  function?: Maybe<Scalars['String']['output']>;
  /** Identifier of the participant row (a UUID). */
  id: Scalars['ID']['output'];
  /** Organisation. */
  organisation: Scalars['String']['output'];
};

/** A participant: an organisation and a function. */
export type MeetingParticipantInput = {
  /** Attendance (default invited). */
  attendance?: InputMaybe<Attendance>;
  /** Function. */
  function?: InputMaybe<Scalars['String']['input']>;
  /** Organisation (required). */
  organisation?: InputMaybe<Scalars['String']['input']>;
};

/** What a publication covers. */
export type MeetingPublication =
  | 'AGENDA'
  | 'MINUTES';

/** Role of a member in a body. */
export type MemberRole =
  | 'AD_HOC'
  | 'CHAIR'
  | 'CO_CHAIR'
  | 'MEMBER'
  | 'SECRETARIAT';

/** A milestone of a theme or a project, dated by year, quarter or date. */
export type Milestone = {
  __typename?: 'Milestone';
  /** Field-level history, newest first. */
  changes: Array<ChangeEntry>;
  /** The day it was done, if recorded. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Exact date, if known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The last day it may be reached: its date, else its quarter's or year's last day. */
  due: Scalars['Date']['output'];
  /** Identifier of the milestone (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Quarter 1–4, if dated by quarter. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Status. */
  status: WorkStatus;
  /** What is to be reached. */
  text: Scalars['String']['output'];
  /** On time, late ('Forsinket'), done, done late ('Færdig for sent') or cancelled, by the shared clock. */
  timeliness: MilestoneTimeliness;
  /** Danish label of the timeliness, for text beside any icon. */
  timelinessLabel: Scalars['String']['output'];
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A new or changed milestone. */
export type MilestoneInput = {
  /** The day it was done; absent when set to DONE = today by the shared clock. */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Exact day it is due, if known (ISO or Danish d.m.yyyy); it must fall in the year. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Quarter 1–4 it is due, if dated by quarter. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Where the milestone comes from; absent = keep the stored source, null = none. */
  source?: InputMaybe<SourceInput>;
  /** Status; a new milestone without one is planned; DONE records the completion day. */
  status?: InputMaybe<WorkStatus>;
  /** What is to be reached, at most 1,000 characters. */
  text: Scalars['String']['input'];
  /** Year it is due, 2000 to 2100. */
  year: Scalars['Int']['input'];
};

/** Whether a milestone is on time, computed from its date, quarter or year and the shared clock (never stored). */
export type MilestoneTimeliness =
  /** Cancelled. */
  | 'CANCELLED'
  /** Done in time (or done with no completion day recorded). */
  | 'DONE'
  /** Done after its time: 'Færdig for sent' (the completion day is kept). */
  | 'DONE_LATE'
  /** Not done, and its date, quarter or year has passed: 'Forsinket'. */
  | 'LATE'
  /** Not done, and its time has not passed. */
  | 'UPCOMING';

/** A Monte Carlo run over NPV with a seeded generator, so it can be repeated exactly. */
export type MonteCarloSummary = {
  __typename?: 'MonteCarloSummary';
  /** Number of draws. */
  draws: Scalars['Int']['output'];
  /** Mean NPV, kroner. */
  mean: Scalars['Float']['output'];
  /** NPV percentiles. */
  percentiles: NpvPercentiles;
  /** Share of draws with NPV > 0. */
  probabilityPositive: Scalars['Float']['output'];
  /** Seed of the generator. */
  seed: Scalars['Int']['output'];
};

/** Moving a project to another unit. */
export type MoveProjectInput = {
  /** The day the new unit takes over; today when absent. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Why it moves (required). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The decision or document behind the move. */
  source?: InputMaybe<SourceInput>;
  /** The new owning unit (required). */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The municipality's layer over one national search concept, or a concept of its own (issue 11, ADR 045). */
export type MunicipalConcept = {
  __typename?: 'MunicipalConcept';
  /** Words or phrases the municipality adds (lower case). */
  addedTerms: Array<Scalars['String']['output']>;
  /** Broad: only lifts offers the search finds by other means, never brings one in. */
  broad: Scalars['Boolean']['output'];
  /** National words the municipality does not use for this concept. */
  hiddenTerms: Array<Scalars['String']['output']>;
  /** The row's id. */
  id: Scalars['ID']['output'];
  /** The concept's label, shown in reasons ('Passer til: …'). */
  label: Scalars['String']['output'];
  /** The national concept (packages/vocabulary id, e.g. 'osteoporose') it extends or corrects; null for the municipality's own. */
  nationalId?: Maybe<Scalars['String']['output']>;
  /** The national concept's own words (empty for the municipality's own concept). */
  nationalTerms: Array<Scalars['String']['output']>;
  /** When it was last saved. */
  updatedAt: Scalars['DateTime']['output'];
  /** Name it when saving; a stale one gets CONFLICT (ADR 016). */
  version: Scalars['Int']['output'];
};

/** One concept of the layer as the staff unit saves it. */
export type MunicipalConceptInput = {
  /** Words or phrases to add, at most 60. */
  addedTerms: Array<Scalars['String']['input']>;
  /** Mark as broad (only lifts). A concept that finds more than a quarter of the active offers must be broad. */
  broad: Scalars['Boolean']['input'];
  /** National words to hide locally (only words of the national concept). */
  hiddenTerms: Array<Scalars['String']['input']>;
  /** The label of the municipality's own concept (a national concept keeps its national label). */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The national concept to extend or correct; leave out for a concept of the municipality's own. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
};

/** A municipality or a district of one. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Kommunekode; absent for districts. */
  code?: Maybe<Scalars['String']['output']>;
  /** Identifier of the municipality (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Municipality or district. */
  kind: MunicipalityKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Population by year. */
  populations: Array<PopulationFigure>;
  /** The region. */
  region: Region;
  /** Kommunesocialgruppe 1 (best off) to 4 (worst off), Region Hovedstaden's health profile. */
  socialGroup?: Maybe<Scalars['Int']['output']>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** Municipality or district (a Copenhagen bydel). */
export type MunicipalityKind =
  | 'DISTRICT'
  | 'MUNICIPALITY';

/** The root of all writes. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a measured value to an indicator (a project lead: of a project its unit owns). */
  addIndicatorValue: IndicatorValue;
  /** Adds one word to a national concept of the municipality's layer in one step ('Søgninger uden resultat'); the quarter rule applies. */
  addMunicipalConceptTerm: MunicipalConcept;
  /** Adds a word to an offer's search keywords ('Tilføj som nøgleord til et tilbud', ADR 054); one history row. */
  addOfferKeyword: Offer;
  /** Adds a word to the municipality's synonyms: to the group that holds 'meaning', else as a new group of the two. Returns every group. */
  addSearchSynonym: Array<Array<Scalars['String']['output']>>;
  /** 'Bekræft oplysninger': marks offers as checked now by the caller. The only way to set assuredAt. */
  assureOffers: Array<Offer>;
  /** Changes a grant's amount by a decision (refused without one). */
  changeGrantAmount: Grant;
  /** Moves a proposal to its next stage with date, body, decision text and source; DECIDED creates the project. */
  changeProposalStage: Proposal;
  /** Closes a project as done or cancelled, with the reason. */
  closeProject: Project;
  /** Adds a comment (or an answer) to a proposal's thread. */
  commentProposal: ProposalComment;
  /** Adds an agenda item to a meeting. */
  createAgendaItem: AgendaItem;
  /** Creates a meeting (a draft) of one of the staff unit's own municipality's bodies (Sundhedsforum, 'Sammen om sundhed'). */
  createBodyMeeting: ClusterMeeting;
  /** Adds a budget line to a theme. */
  createBudgetLine: BudgetLine;
  /** Creates a meeting (a draft) of the secretariat's cluster. */
  createClusterMeeting: ClusterMeeting;
  /** Adds a follow-up point to a grant or a decision. */
  createFollowUp: FollowUp;
  /** Creates a grant by a decision. */
  createGrant: Grant;
  /** Adds an indicator to a project. */
  createIndicator: Indicator;
  /** Adds a milestone to a theme. */
  createMilestone: Milestone;
  /** Creates an offer; every field change is recorded. */
  createOffer: Offer;
  /** Adds a unit cost to the catalogue. */
  createPrice: Price;
  /** Adds a price index. */
  createPriceIndex: PriceIndex;
  /** Creates a project (version 1), with its first ownership period. */
  createProject: Project;
  /** Adds a budget line to a project. */
  createProjectBudgetLine: BudgetLine;
  /** Adds a milestone to a project. */
  createProjectMilestone: Milestone;
  /** Creates a proposal as an idea (version 1). */
  createProposal: Proposal;
  /** Saves a new business case for a proposal or a project (version 1 of its assumptions). */
  createSavedBusinessCase: SavedBusinessCase;
  /** Writes a quarter's status report (a project lead: for a project its unit owns). */
  createStatusReport: StatusReport;
  /** Deletes a budget line. */
  deleteBudgetLine: Scalars['Boolean']['output'];
  /** Deletes a milestone. */
  deleteMilestone: Scalars['Boolean']['output'];
  /** Marks the signed-in user's notice as seen. */
  dismissProposalNotice: Scalars['Boolean']['output'];
  /** Chooses the project indicator a decided case follows (realised against expected). */
  followBusinessCaseIndicator: SavedBusinessCase;
  /** Hands open follow-up points over to the successor body (or a named owner); they say so in their note. */
  handOverFollowUps: Array<FollowUp>;
  /** Hands the secretariat's own body over to its successor: the successor's secretariat then reads the old body's published records (its drafts only with includeDrafts). Audited in both bodies' history. */
  handOverSecretariat: SecretariatHandOver;
  /** Imports offers from the CSV export format (semicolons, Danish headers), with their places and times from the linked files when given; all rows of all files or none. */
  importOffersCsv: OfferImportReport;
  /** Marks an offer or project: whether its task moves to the region, the new owner, whether the municipality runs it for the region, from when. A new mark without version; an edit with the version read (stale: CONFLICT). */
  markReformTransfer: ReformTransfer;
  /** Moves a project to another unit: the ownership history gets the new period, the reason and the source. */
  moveProject: Project;
  /** No-op, lets feature files extend Mutation. */
  noop?: Maybe<Scalars['Boolean']['output']>;
  /** Publishes a meeting's agenda or minutes. */
  publishClusterMeeting: ClusterMeeting;
  /** Records the decision on an item of a published agenda. */
  recordDecision: AgendaItem;
  /** 'Rapportér fejl': reports wrong information on an offer to the staff unit. */
  reportOfferError: OfferReport;
  /** The browser's report that a search showed hits and none was opened before the worker left it or searched anew (ADR 054). Only the text's lexicon and vocabulary words are counted, for the municipality and day; nothing about who searched. Answers whether anything was counted. */
  reportSearchNotOpened: Scalars['Boolean']['output'];
  /** Marks an error report as resolved. */
  resolveOfferReport: OfferReport;
  /** Saves a new version of a business case's assumptions. */
  saveBusinessCaseVersion: SavedBusinessCase;
  /** Creates or changes a comparison set (staff unit). */
  saveCofinancingComparisonSet: CofinancingComparisonSet;
  /** Saves the staff unit's share and cap of one rule, with status and source (versioned). */
  saveCofinancingRateRule: CofinancingEditableRule;
  /** Adds a money flow (no id) or edits one (id and the version read; stale: CONFLICT). Ending a flow is setting its last day. */
  saveFundingFlow: FundingFlow;
  /** Adds a language to the hand-out's list (version 0) or changes one. */
  saveHandoutLanguage: HandoutLanguage;
  /** Creates (no id) or updates one concept of the municipality's layer; the search uses it at once. Every save is recorded. */
  saveMunicipalConcept: MunicipalConcept;
  /** Saves an offer's summary in one language (creates it with version 0). */
  saveOfferTranslation: OfferTranslation;
  /** 'Send som sms': a short text with the link to the offer's public page (in the chosen language); the number is used for this one message, never stored or logged. Refused (VALIDATION) for an offer that is not active (extensions.reason OFFER_NOT_ACTIVE) and when no public address is set (NO_PUBLIC_ADDRESS). */
  sendOfferBySms: SendOfferResult;
  /** 'Send til borger': e-mails the offer's public information; nothing about the citizen is kept, only a count. An offer that is not active is refused (VALIDATION, extensions.reason OFFER_NOT_ACTIVE): its public page is not shown. */
  sendOfferToCitizen: SendOfferResult;
  /** Disables or enables a local account (demo or emergency administrator) and ends its sessions; administrators only. */
  setAccountDisabled: Scalars['Boolean']['output'];
  /** Sets the deviation threshold of 'Kræver opmærksomhed' in percent (staff unit). */
  setCofinancingThreshold: Scalars['Int']['output'];
  /** Sets the status (pause = TEMPORARILY_CLOSED, end = ENDED) and the alert text (null clears it). */
  setOfferStatus: Offer;
  /** Signs in and sets the session cookie. Wrong credentials give one generic message. */
  signIn: Viewer;
  /** Signs in as the demo account of a role; only in demo mode. */
  signInDemo: Viewer;
  /** Ends the session and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in account on every device ('Log ud alle steder'); returns how many ended. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Splits a grant into parts by a decision; the parts keep the lineage. */
  splitGrant: Array<Grant>;
  /** Changes an agenda item. */
  updateAgendaItem: AgendaItem;
  /** Changes a budget line. */
  updateBudgetLine: BudgetLine;
  /** Changes a meeting. */
  updateClusterMeeting: ClusterMeeting;
  /** Changes a follow-up point (e.g. marks it done). */
  updateFollowUp: FollowUp;
  /** Changes an indicator. */
  updateIndicator: Indicator;
  /** Changes a measured value. */
  updateIndicatorValue: IndicatorValue;
  /** Changes a milestone. */
  updateMilestone: Milestone;
  /** Changes an offer; one history row per changed field. */
  updateOffer: Offer;
  /** Changes a unit cost; every business case using it is re-run and the moves are returned. */
  updatePrice: PriceChangeOutcome;
  /** Changes a price index; every business case on it is re-run and the moves are returned. */
  updatePriceIndex: PriceChangeOutcome;
  /** Changes a project's fields (a change of owner goes through moveProject). */
  updateProject: Project;
  /** Changes a proposal's fields. */
  updateProposal: Proposal;
  /** Replaces the municipality's synonym groups (each at least two words or phrases); search uses them at once. */
  updateSearchSynonyms: Array<Array<Scalars['String']['output']>>;
  /** Changes a status report. */
  updateStatusReport: StatusReport;
  /** Changes a theme. */
  updateTheme: Theme;
};


/** The root of all writes. */
export type MutationAddIndicatorValueArgs = {
  indicatorId: Scalars['ID']['input'];
  input: IndicatorValueInput;
};


/** The root of all writes. */
export type MutationAddMunicipalConceptTermArgs = {
  nationalId: Scalars['String']['input'];
  term: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationAddOfferKeywordArgs = {
  keyword: Scalars['String']['input'];
  offerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationAddSearchSynonymArgs = {
  meaning: Scalars['String']['input'];
  term: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationAssureOffersArgs = {
  ids: Array<Scalars['ID']['input']>;
  versions: Array<Scalars['Int']['input']>;
};


/** The root of all writes. */
export type MutationChangeGrantAmountArgs = {
  id: Scalars['ID']['input'];
  input: GrantAmountInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationChangeProposalStageArgs = {
  id: Scalars['ID']['input'];
  input: StageChangeInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationCloseProjectArgs = {
  id: Scalars['ID']['input'];
  input: CloseProjectInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationCommentProposalArgs = {
  id: Scalars['ID']['input'];
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationCreateAgendaItemArgs = {
  input: AgendaItemInput;
  meetingId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateBodyMeetingArgs = {
  bodyId: Scalars['ID']['input'];
  input: MeetingInput;
};


/** The root of all writes. */
export type MutationCreateBudgetLineArgs = {
  input: BudgetLineInput;
  themeId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateClusterMeetingArgs = {
  clusterId: Scalars['ID']['input'];
  input: MeetingInput;
};


/** The root of all writes. */
export type MutationCreateFollowUpArgs = {
  input: FollowUpInput;
};


/** The root of all writes. */
export type MutationCreateGrantArgs = {
  input: GrantInput;
};


/** The root of all writes. */
export type MutationCreateIndicatorArgs = {
  input: IndicatorInput;
  projectId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateMilestoneArgs = {
  input: MilestoneInput;
  themeId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateOfferArgs = {
  input: OfferInput;
};


/** The root of all writes. */
export type MutationCreatePriceArgs = {
  input: PriceInput;
};


/** The root of all writes. */
export type MutationCreatePriceIndexArgs = {
  input: PriceIndexInput;
};


/** The root of all writes. */
export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


/** The root of all writes. */
export type MutationCreateProjectBudgetLineArgs = {
  input: BudgetLineInput;
  projectId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateProjectMilestoneArgs = {
  input: MilestoneInput;
  projectId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationCreateProposalArgs = {
  input: ProposalInput;
};


/** The root of all writes. */
export type MutationCreateSavedBusinessCaseArgs = {
  input: BusinessCaseAssumptionsInput;
  name: Scalars['String']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationCreateStatusReportArgs = {
  input: StatusReportInput;
  projectId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationDeleteBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationDeleteMilestoneArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationDismissProposalNoticeArgs = {
  commentId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationFollowBusinessCaseIndicatorArgs = {
  id: Scalars['ID']['input'];
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationHandOverFollowUpsArgs = {
  ids: Array<Scalars['ID']['input']>;
  input: HandOverInput;
  versions: Array<Scalars['Int']['input']>;
};


/** The root of all writes. */
export type MutationHandOverSecretariatArgs = {
  clusterId: Scalars['ID']['input'];
  input: SecretariatHandOverInput;
};


/** The root of all writes. */
export type MutationImportOffersCsvArgs = {
  csv: Scalars['String']['input'];
  places?: InputMaybe<Scalars['String']['input']>;
  times?: InputMaybe<Scalars['String']['input']>;
};


/** The root of all writes. */
export type MutationMarkReformTransferArgs = {
  input: ReformTransferInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all writes. */
export type MutationMoveProjectArgs = {
  id: Scalars['ID']['input'];
  input: MoveProjectInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationPublishClusterMeetingArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  what: MeetingPublication;
};


/** The root of all writes. */
export type MutationRecordDecisionArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationReportOfferErrorArgs = {
  message: Scalars['String']['input'];
  offerId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationReportSearchNotOpenedArgs = {
  text: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationResolveOfferReportArgs = {
  id: Scalars['ID']['input'];
  resolution?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSaveBusinessCaseVersionArgs = {
  id: Scalars['ID']['input'];
  input: BusinessCaseAssumptionsInput;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSaveCofinancingComparisonSetArgs = {
  input: CofinancingComparisonSetInput;
};


/** The root of all writes. */
export type MutationSaveCofinancingRateRuleArgs = {
  input: CofinancingEditableRuleInput;
};


/** The root of all writes. */
export type MutationSaveFundingFlowArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: FundingFlowInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all writes. */
export type MutationSaveHandoutLanguageArgs = {
  code: Scalars['String']['input'];
  input: HandoutLanguageInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSaveMunicipalConceptArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: MunicipalConceptInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all writes. */
export type MutationSaveOfferTranslationArgs = {
  input: OfferTranslationInput;
  language: Scalars['String']['input'];
  offerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSendOfferBySmsArgs = {
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
  phone: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationSendOfferToCitizenArgs = {
  email: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
};


/** The root of all writes. */
export type MutationSetAccountDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationSetCofinancingThresholdArgs = {
  percent: Scalars['Float']['input'];
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSetOfferStatusArgs = {
  alert?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: OfferStatus;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** The root of all writes. */
export type MutationSignInDemoArgs = {
  role: Role;
};


/** The root of all writes. */
export type MutationSplitGrantArgs = {
  id: Scalars['ID']['input'];
  input: GrantSplitInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateAgendaItemArgs = {
  id: Scalars['ID']['input'];
  input: AgendaItemInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateBudgetLineArgs = {
  id: Scalars['ID']['input'];
  input: BudgetLineInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateClusterMeetingArgs = {
  id: Scalars['ID']['input'];
  input: MeetingInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateIndicatorValueArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorValueInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateMilestoneArgs = {
  id: Scalars['ID']['input'];
  input: MilestoneInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateOfferArgs = {
  id: Scalars['ID']['input'];
  input: OfferInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdatePriceArgs = {
  id: Scalars['ID']['input'];
  input: PriceInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdatePriceIndexArgs = {
  id: Scalars['ID']['input'];
  input: PriceIndexInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateSearchSynonymsArgs = {
  broad?: InputMaybe<Array<Scalars['Boolean']['input']>>;
  groups: Array<Array<Scalars['String']['input']>>;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateStatusReportArgs = {
  id: Scalars['ID']['input'];
  input: StatusReportInput;
  version: Scalars['Int']['input'];
};


/** The root of all writes. */
export type MutationUpdateThemeArgs = {
  id: Scalars['ID']['input'];
  input: ThemeInput;
  version: Scalars['Int']['input'];
};

/** A concept of the national search vocabulary (packages/vocabulary, ADR 032), to pick for the municipality's layer. */
export type NationalConcept = {
  __typename?: 'NationalConcept';
  /** Broad nationally: only lifts. */
  broad: Scalars['Boolean']['output'];
  /** Stable id, e.g. 'osteoporose'. */
  id: Scalars['String']['output'];
  /** The label shown in reasons. */
  label: Scalars['String']['output'];
  /** Its words and phrases. */
  terms: Array<Scalars['String']['output']>;
};

/** A need category: an FSIII prevention intervention or a KRAMS factor. */
export type NeedCategory = {
  __typename?: 'NeedCategory';
  /** Code, e.g. 'rygning' or an FSIII code. */
  code: Scalars['String']['output'];
  /** Short Danish definition. */
  definition: Scalars['String']['output'];
  /** Danish label. */
  label: Scalars['String']['output'];
  /** 'KRAMS' or 'FSIII'. */
  system: Scalars['String']['output'];
};

/** Percentiles of NPV over the Monte Carlo draws, in kroner. */
export type NpvPercentiles = {
  __typename?: 'NpvPercentiles';
  /** 5th percentile. */
  p5: Scalars['Float']['output'];
  /** 10th percentile. */
  p10: Scalars['Float']['output'];
  /** 25th percentile. */
  p25: Scalars['Float']['output'];
  /** Median. */
  p50: Scalars['Float']['output'];
  /** 75th percentile. */
  p75: Scalars['Float']['output'];
  /** 90th percentile. */
  p90: Scalars['Float']['output'];
  /** 95th percentile. */
  p95: Scalars['Float']['output'];
};

/** A health offer in the catalogue. */
export type Offer = {
  __typename?: 'Offer';
  /** How to get in. */
  accessRoutes: Array<AccessRoute>;
  /** Accessibility. */
  accessibility?: Maybe<Scalars['String']['output']>;
  /** Alert shown prominently (e.g. holiday closure). */
  alert?: Maybe<Scalars['String']['output']>;
  /** When the information was last confirmed (Bekræft oplysninger). */
  assuredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed it. */
  assuredByName?: Maybe<Scalars['String']['output']>;
  /** Booking link. */
  bookingUrl?: Maybe<Scalars['String']['output']>;
  /** Change history, newest first (staff unit only). */
  changes: Array<OfferChange>;
  /** Contact e-mail. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Contact person's name. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Contact phone. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Cost details. */
  costDescription?: Maybe<Scalars['String']['output']>;
  /** Whole kroner per participant; 0 = free; null = not stated. */
  costKr?: Maybe<Scalars['Int']['output']>;
  /** All its scheduled courses have ended: it has courses, every schedule has a last day and the last is before today by the shared clock (the catalogue's rule, packages/shared/src/offerCourses.ts). */
  coursesEnded: Scalars['Boolean']['output'];
  /** Full description. */
  description: Scalars['String']['output'];
  /** Who may join. */
  eligibility?: Maybe<Scalars['String']['output']>;
  /** Formats (hold, individuel, online, telefon …). */
  formats: Array<Scalars['String']['output']>;
  /** Identifier of the offer (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Professional-only: intake notes (null for the public). */
  intakeNotes?: Maybe<Scalars['String']['output']>;
  /** Interpreter available. */
  interpreter: Scalars['Boolean']['output'];
  /** Details are demo data (not from the documents). */
  isDemoData: Scalars['Boolean']['output'];
  /** Words citizens use for the offer, which the search reads with its short texts (folded a-z, ADR 054). */
  keywords: Array<Scalars['String']['output']>;
  /** Note on languages. */
  languageNote?: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 language codes. */
  languages: Array<Scalars['String']['output']>;
  /** The last day of its dated courses, null when it has none. */
  lastCourseDay?: Maybe<Scalars['Date']['output']>;
  /** Locations. */
  locations: Array<OfferLocation>;
  /** Maximum age. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Minimum age. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** The name of the offer's municipality (Municipality.name, e.g. "Ishøj Kommune"): the citizen's pages name the municipality the offer belongs to. Public, unlike the Municipality type. */
  municipalityName: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Need-category codes (FSIII prevention interventions and KRAMS). */
  needCategories: Array<NeedCategory>;
  /** The first day of its next course that starts today or later by the shared clock; null when none is planned. */
  nextCourseDay?: Maybe<Scalars['Date']['output']>;
  /** The owner as it is on the day (today when absent): the region from the day a marked task moves. */
  ownerOn: OwnerOnDay;
  /** The owning unit. */
  ownerUnit: OrgUnit;
  /** Professional-only: direct phone (null for the public). */
  professionalPhone?: Maybe<Scalars['String']['output']>;
  /** Linked projects. */
  projects: Array<Project>;
  /** The citizen's address of its public page: the configured public address (SUNDHED_PUBLIC_URL) + /offentligt/tilbud/<id>, never the worker's host; null when none is configured. */
  publicUrl?: Maybe<Scalars['String']['output']>;
  /** Schedules. */
  schedules: Array<OfferSchedule>;
  /** Times sent to a citizen. */
  sendCount: Scalars['Int']['output'];
  /** One or two plain-Danish sentences. */
  shortDescription: Scalars['String']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Status. */
  status: OfferStatus;
  /** Target-group tags. */
  targetGroups: Array<Scalars['String']['output']>;
  /** Professional-only: what to tell the citizen (null for the public). */
  tellCitizen?: Maybe<Scalars['String']['output']>;
  /** Linked themes. */
  themes: Array<Theme>;
  /** The citizen-facing summary in one language; null when the offer has none in it (the page then says so and shows Danish). */
  translation?: Maybe<OfferTranslation>;
  /** The citizen-facing summary in every language it has been translated into (staff). */
  translations: Array<OfferTranslation>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
};


/** A health offer in the catalogue. */
export type OfferOwnerOnArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};


/** A health offer in the catalogue. */
export type OfferPublicUrlArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A health offer in the catalogue. */
export type OfferTranslationArgs = {
  language: Scalars['String']['input'];
};

/** One field change of an offer. */
export type OfferChange = {
  __typename?: 'OfferChange';
  /** What kind of change. */
  action: Scalars['String']['output'];
  /** Danish label of the action, e.g. 'Ændret', 'Bekræftet'. */
  actionLabel: Scalars['String']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Field name. */
  field?: Maybe<Scalars['String']['output']>;
  /** Identifier of the change (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Danish label of the field, e.g. 'Status', 'Ejer', 'Tider'. */
  label: Scalars['String']['output'];
  /** The new value as Danish text. */
  newText?: Maybe<Scalars['String']['output']>;
  /** New value as JSON text. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The old value as Danish text: labels for codes, unit names for ids, 26.4.2023 for dates, schedules as text. */
  oldText?: Maybe<Scalars['String']['output']>;
  /** Old value as JSON text. */
  oldValue?: Maybe<Scalars['String']['output']>;
  /** Who (staff name), null for imports by the system. */
  userName?: Maybe<Scalars['String']['output']>;
  /** The offer version this change produced; null for changes older than versions (ADR 016). */
  version?: Maybe<Scalars['Int']['output']>;
};

/** One refused row or cell of a CSV import. */
export type OfferImportError = {
  __typename?: 'OfferImportError';
  /** Column header, null for the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** Which file: 'tilbud' (the offers), 'steder' (places) or 'tider' (times). */
  file: Scalars['String']['output'];
  /** Line in the file (1 = header line). */
  line: Scalars['Int']['output'];
  /** Danish message. */
  message: Scalars['String']['output'];
};

/** Result of a CSV import: all rows or none. */
export type OfferImportReport = {
  __typename?: 'OfferImportReport';
  /** New offers among them. */
  created: Scalars['Int']['output'];
  /** Every refused row and cell. */
  errors: Array<OfferImportError>;
  /** Rows imported (0 if any row was refused). */
  imported: Scalars['Int']['output'];
  /** Existing offers among them that the file left as they were (no new version). */
  unchanged: Scalars['Int']['output'];
  /** Existing offers changed among them (each got a new version). */
  updated: Scalars['Int']['output'];
};

/**
 * An offer's fields. createOffer needs the required ones (name, shortDescription, description, ownerUnitId,
 * needCategories, targetGroups or an age, accessRoutes, contactName plus contactEmail or contactPhone).
 * updateOffer keeps every field that is absent; locations, schedules, themeIds and projectIds replace the
 * whole list when given. Status and confirmation have their own mutations.
 */
export type OfferInput = {
  /** How a citizen gets in; at least one. */
  accessRoutes?: InputMaybe<Array<AccessRoute>>;
  /** Accessibility of the offer, at most 1,000 characters. */
  accessibility?: InputMaybe<Scalars['String']['input']>;
  /** Alert shown prominently (e.g. holiday closure), at most 500 characters. */
  alert?: InputMaybe<Scalars['String']['input']>;
  /** Booking link: an http or https address. */
  bookingUrl?: InputMaybe<Scalars['String']['input']>;
  /** Contact e-mail address; on create, this or contactPhone is required. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Contact person's name, at most 200 characters; required on create. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone number (digits, spaces, brackets, hyphens, an optional leading +); on create, this or contactEmail is required. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Cost details, at most 500 characters. */
  costDescription?: InputMaybe<Scalars['String']['input']>;
  /** Whole kroner per participant (0 to 1,000,000); 0 = free; null = not stated. */
  costKr?: InputMaybe<Scalars['Int']['input']>;
  /** Full description, at most 10,000 characters; required on create. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Who may join, at most 2,000 characters. */
  eligibility?: InputMaybe<Scalars['String']['input']>;
  /** Formats (hold, individuel, online, telefon …). */
  formats?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Professional-only: intake notes, at most 2,000 characters. */
  intakeNotes?: InputMaybe<Scalars['String']['input']>;
  /** Whether an interpreter is available; absent or null means no. */
  interpreter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the details are demo data, not from the documents; absent or null means no. */
  isDemoData?: InputMaybe<Scalars['Boolean']['input']>;
  /** The offer's own search keywords (ADR 054), folded words of 3-40 letters, at most 50; replaces the list when given, kept when absent. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Note on languages, at most 500 characters. */
  languageNote?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the offer takes place; replaces every location when given. */
  locations?: InputMaybe<Array<OfferLocationInput>>;
  /** Maximum age in whole years; targetGroups or an age is required. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum age in whole years; targetGroups or an age is required. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Name, at most 200 characters; required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Need-category codes (or Danish labels). */
  needCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id of the owning unit, one of the municipality's units; required on create. */
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Professional-only: direct phone number, never shown to the public. */
  professionalPhone?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the municipality's projects the offer belongs to; replaces the links when given. */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the offer takes place; replaces every schedule when given. */
  schedules?: InputMaybe<Array<OfferScheduleInput>>;
  /** One or two plain-Danish sentences, at most 400 characters; required on create. */
  shortDescription?: InputMaybe<Scalars['String']['input']>;
  /** Target-group tags; these or an age are required. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Professional-only: what to tell the citizen, at most 2,000 characters. */
  tellCitizen?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the municipality's themes the offer serves; replaces the links when given. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Where an offer takes place. */
export type OfferLocation = {
  __typename?: 'OfferLocation';
  /** Accessibility of the place. */
  accessibility?: Maybe<Scalars['String']['output']>;
  /** Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Identifier of the location (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Name of the place. */
  name: Scalars['String']['output'];
  /** Postcode. */
  postalCode?: Maybe<Scalars['String']['output']>;
};

/** Where an offer takes place. */
export type OfferLocationInput = {
  /** Accessibility of the place. */
  accessibility?: InputMaybe<Scalars['String']['input']>;
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Name of the place. */
  name: Scalars['String']['input'];
  /** Postcode, four digits. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

/** 'Rapportér fejl': a report of wrong information on an offer, queued for the staff unit. */
export type OfferReport = {
  __typename?: 'OfferReport';
  /** When it was reported. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifier of the report (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** What is wrong, in the reporter's words. */
  message: Scalars['String']['output'];
  /** The offer reported on. */
  offer: Offer;
  /** Who reported it (staff name). */
  reportedByName?: Maybe<Scalars['String']['output']>;
  /** What was done. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it (staff name). */
  resolvedByName?: Maybe<Scalars['String']['output']>;
  /** Open or resolved. */
  status: ReportStatus;
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
};

/** When an offer takes place. */
export type OfferSchedule = {
  __typename?: 'OfferSchedule';
  /** HH:MM. */
  closesAt?: Maybe<Scalars['String']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the schedule (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Weekly session or course. */
  kind: ScheduleKind;
  /** Location name. */
  locationName?: Maybe<Scalars['String']['output']>;
  /** HH:MM. */
  opensAt?: Maybe<Scalars['String']['output']>;
  /** First date. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last date. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** ISO weekday 1–7. */
  weekday?: Maybe<Scalars['Int']['output']>;
};

/** When an offer takes place. */
export type OfferScheduleInput = {
  /** HH:MM. */
  closesAt?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Weekly session or course. */
  kind: ScheduleKind;
  /** Name of one of the offer's locations. */
  locationName?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM. */
  opensAt?: InputMaybe<Scalars['String']['input']>;
  /** First date (YYYY-MM-DD). */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** Last date (YYYY-MM-DD). */
  validTo?: InputMaybe<Scalars['String']['input']>;
  /** ISO weekday 1–7 (required for RECURRING). */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

/** One offer found, with its score and why it matched. */
export type OfferSearchHit = {
  __typename?: 'OfferSearchHit';
  /** The offer. */
  offer: Offer;
  /** Why it matched, in Danish, e.g. 'navn: rygestop', 'synonym: smøger → rygestop', 'Stavet anderledes: rygestob læst som rygestopkursus', 'Passer til: rygestop', 'sprog: arabisk', 'behov: Rygning og nikotin', 'alder passer'. */
  reasons: Array<Scalars['String']['output']>;
  /** Relevance; higher is better. Only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** What a front-line worker searches for: free text plus filters. Any text is accepted; nothing is an error. */
export type OfferSearchInput = {
  /** The citizen's age: only offers whose age range includes it. Above 120 (no one's age): no age filter. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers with a location whose name, address, postcode or town contains this (e.g. 'Vejleåparken'). */
  area?: InputMaybe<Scalars['String']['input']>;
  /** Only offers in this format (hold, individuel, online, telefon …). */
  format?: InputMaybe<Scalars['String']['input']>;
  /** Only offers free of charge. */
  freeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kinds of chips the user removed ('age', 'free', 'language', 'format'): their words are not read as filters. */
  ignoreChips?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only offers given in this language (ISO 639-1, e.g. 'da', 'en', 'ar'). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Page size, 1–100; default 20. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers with this need-category code (FSIII code or KRAMS word, e.g. 'rygning'). */
  needCategory?: InputMaybe<Scalars['String']['input']>;
  /** Hits to skip (paging), 0–10000; default 0. */
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers with a location in this postcode. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Statuses to include; default only active offers. */
  statuses?: InputMaybe<Array<OfferStatus>>;
  /** Only offers with this target-group tag (case-insensitive). */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  /** Free text in plain Danish, as typed (typos, compounds, the citizen's own words). Read up to 200 characters. A text of only punctuation ('%', '?!') is no text; an age above 120 in it ('200 år') is neither a filter nor searched for. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The result of an offer search. */
export type OfferSearchResult = {
  __typename?: 'OfferSearchResult';
  /** The catalogue version this answer was searched at: the shared clock's day and the versions of the scope's offers and synonyms ('2026-12-05:41:7'), exactly as the index held them; null when a write landed while the index was read. The browser answers from its copy of the catalogue only while the copy's version equals the last one the server told (ADR 076). */
  catalogueVersion?: Maybe<Scalars['String']['output']>;
  /** The hits of this page, best first. */
  hits: Array<OfferSearchHit>;
  /** When nothing matched: queries to try instead (did you mean …), best first; each can be searched as it is. */
  suggestions: Array<Scalars['String']['output']>;
  /** Number of hits in all pages. */
  total: Scalars['Int']['output'];
  /** What the text said besides its need, applied as filters: an age, 'gratis', a language, a format (issue 11). */
  understood: Array<QueryChip>;
  /** What the text said besides its need that no offer met with the rest ('motion på arabisk' where no offer is in Arabic): the search answered without these filters. */
  unmet: Array<QueryChip>;
  /** When the filters left nothing: the best matches for the same text without the filters (at most 3). */
  withoutFilters: Array<OfferSearchHit>;
};

/** Status of an offer (HSDS service status). */
export type OfferStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'INACTIVE'
  | 'TEMPORARILY_CLOSED';

/** An offer's citizen-facing summary in one language; a null part is not translated and falls back to Danish. */
export type OfferTranslation = {
  __typename?: 'OfferTranslation';
  /** The full description in the language, null when not translated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Who may join, in the language; null when not translated. */
  eligibility?: Maybe<Scalars['String']['output']>;
  /** Code of the language (HandoutLanguage.code). */
  language: Scalars['String']['output'];
  /** The offer's name in the language, null when not translated. */
  name?: Maybe<Scalars['String']['output']>;
  /** The short description in the language, null when not translated. */
  shortDescription?: Maybe<Scalars['String']['output']>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change; an update names the version it edited (0 = none saved yet; ADR 016). */
  version: Scalars['Int']['output'];
};

/** An offer's summary in one language; a part left out or blank is not translated (Danish is shown). */
export type OfferTranslationInput = {
  /** Full description, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Who may join, at most 2,000 characters. */
  eligibility?: InputMaybe<Scalars['String']['input']>;
  /** Name, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** One or two plain sentences, at most 400 characters. */
  shortDescription?: InputMaybe<Scalars['String']['input']>;
};

/** An organisational unit of a municipality. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** Units directly below this one. */
  children: Array<OrgUnit>;
  /** Description, including earlier names. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier of the unit (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Kind of unit. */
  kind: OrgUnitKind;
  /** Name, e.g. Center for Socialservice. */
  name: Scalars['String']['output'];
  /** The unit above this one. */
  parent?: Maybe<OrgUnit>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** Kind of organisational unit. */
export type OrgUnitKind =
  | 'CENTRE'
  | 'DIRECTORATE'
  | 'OTHER'
  | 'STAFF_UNIT';

/** An organisation or body as it is on a day: its validity and the bodies before and after it. */
export type OrganisationInTime = {
  __typename?: 'OrganisationInTime';
  /** Identifier of the region, cluster or body. */
  id: Scalars['ID']['output'];
  /** Region, cluster (or sundhedsråd) or body. */
  kind: OrganisationKind;
  /** Danish label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The ones this one took over from. */
  predecessors: Array<OrganisationRef>;
  /** The one that takes over. */
  successor?: Maybe<OrganisationRef>;
  /** First day (null: not stated). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day (null: runs). */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Kind of organisation in bodiesOn. */
export type OrganisationKind =
  | 'BODY'
  | 'CLUSTER'
  | 'REGION';

/** A reference to an earlier or later organisation. */
export type OrganisationRef = {
  __typename?: 'OrganisationRef';
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** First day. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A message in this process's in-memory outbox (no SMTP configured). Never stored in the database. */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  /** Plain-text body. */
  body: Scalars['String']['output'];
  /** Identifier of the message (a random UUID made when it was put in the outbox). */
  id: Scalars['ID']['output'];
  /** The offer sent. */
  offerId: Scalars['ID']['output'];
  /** When it would have been sent. */
  sentAt: Scalars['DateTime']['output'];
  /** Subject. */
  subject: Scalars['String']['output'];
  /** Recipient. */
  to: Scalars['String']['output'];
};

/** The director's steering-group overview of one municipality. */
export type Overview = {
  __typename?: 'Overview';
  /** The bodies of the health organisation. */
  bodies: Array<Body>;
  /** The clusters the municipality belongs to, with grants. */
  clusters: Array<Cluster>;
  /** Cluster grants the municipality hosts (as host municipality), with their amount history and follow-up. */
  hostedGrants: Array<Grant>;
  /** The municipality. */
  municipality: Municipality;
  /** Themes A–G with milestones and budget lines. */
  themes: Array<Theme>;
};

/** Who owns an offer on a day, after the reform marks. */
export type OwnerOnDay = {
  __typename?: 'OwnerOnDay';
  /** The day the owner changed to the region; null while the municipality's unit owns it. */
  movedOn?: Maybe<Scalars['Date']['output']>;
  /** The owner's name on the day. */
  name: Scalars['String']['output'];
  /** The municipality runs it for the region under a cooperation agreement. */
  runsForRegion: Scalars['Boolean']['output'];
  /** Danish text, e.g. 'Region Østdanmark fra 1.1.2027'. */
  text: Scalars['String']['output'];
};

/** Kind of partner organisation in a cluster. */
export type PartnerKind =
  | 'GENERAL_PRACTICE'
  | 'HOSPITAL'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'REGION';

/** Years until the cumulative net flow turns non-negative, interpolated within the year. */
export type Payback = {
  __typename?: 'Payback';
  /** With discounting; null when the flow does not recover within the horizon. */
  discounted?: Maybe<Scalars['Float']['output']>;
  /** Without discounting; null when the flow does not recover within the horizon. */
  undiscounted?: Maybe<Scalars['Float']['output']>;
};

/** Population of a municipality in one year. */
export type PopulationFigure = {
  __typename?: 'PopulationFigure';
  /** Number of inhabitants. */
  population: Scalars['Int']['output'];
  /** Where the figure came from. */
  source?: Maybe<Source>;
  /** Year. */
  year: Scalars['Int']['output'];
};

/** Portfolio filters; all are optional and combine. */
export type PortfolioFilter = {
  /** Include closed projects (default false). */
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only projects that need attention (late milestones, red, missing report, spend over budget). */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only projects this unit owns. */
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects with one of these statuses. */
  status?: InputMaybe<Array<WorkStatus>>;
  /** Only projects of this theme. */
  themeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects with a milestone, budget line or status report in this year, or running in it. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A unit cost of the price catalogue. */
export type Price = {
  __typename?: 'Price';
  /** Kroner in the price year; null = missing (no source gives it). */
  amountKr?: Maybe<Scalars['Float']['output']>;
  /** Who bears it. */
  bearer: PriceBearer;
  /** Danish name of the bearer. */
  bearerLabel: Scalars['String']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** True when no source gives the amount. */
  missing: Scalars['Boolean']['output'];
  /** Name, e.g. 'En hospitalsindlæggelse'. */
  name: Scalars['String']['output'];
  /** Further note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where the amount comes from. */
  source?: Maybe<Source>;
  /** Unit, e.g. 'pr. indlæggelse'. */
  unit: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** The price year. */
  year: Scalars['Int']['output'];
};

/** Who bears a unit cost: the municipality, the region or the state. */
export type PriceBearer =
  /** Kommunen. */
  | 'KOMMUNE'
  /** Regionen. */
  | 'REGION'
  /** Staten. */
  | 'STAT';

/** The outcome of a price or index change: the cases re-run and how they moved. */
export type PriceChangeOutcome = {
  __typename?: 'PriceChangeOutcome';
  /** Cases whose result moved, with old and new NPV. */
  moved: Array<BusinessCaseMove>;
  /** The price, when a price changed. */
  price?: Maybe<Price>;
  /** The index, when the index changed. */
  priceIndex?: Maybe<PriceIndex>;
  /** Cases re-run. */
  rerun: Scalars['Int']['output'];
};

/** A named price index with a base year and a source. */
export type PriceIndex = {
  __typename?: 'PriceIndex';
  /** The base year prices are brought to. */
  baseYear: Scalars['Int']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 'Pris- og lønindeks (PL), serviceudgifter'. */
  name: Scalars['String']['output'];
  /** Index values by year. */
  points: Array<PriceIndexPoint>;
  /** Where the index comes from. */
  source?: Maybe<Source>;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** A named price index. */
export type PriceIndexInput = {
  /** Base year. */
  baseYear: Scalars['Int']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Values by year. */
  points: Array<PriceIndexPointInput>;
  /** Source. */
  source?: InputMaybe<SourceInput>;
};

/** One year's value of a price index. */
export type PriceIndexPoint = {
  __typename?: 'PriceIndexPoint';
  /** Index value. */
  value: Scalars['Float']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** One year's value of a price index. */
export type PriceIndexPointInput = {
  /** Value. */
  value: Scalars['Float']['input'];
  /** Year. */
  year: Scalars['Int']['input'];
};

/** A unit cost of the price catalogue. */
export type PriceInput = {
  /** Kroner; null = missing. */
  amountKr?: InputMaybe<Scalars['Float']['input']>;
  /** Bearer. */
  bearer: PriceBearer;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where the amount comes from (required with an amount). */
  source?: InputMaybe<SourceInput>;
  /** Unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Price year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A health project or running offer, owned by a unit. */
export type Project = {
  __typename?: 'Project';
  /** Budget lines (kr. and staff hours) with actual spend, ordered by year. */
  budgetLines: Array<BudgetLine>;
  /** Field-level history of the project and its milestones, budget lines, indicators and status reports, newest first. */
  changes: Array<ChangeEntry>;
  /** The day it was closed; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was closed. */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Planned or actual last day, if known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Evaluation: date. */
  evaluationDate?: Maybe<Scalars['Date']['output']>;
  /** Evaluation: method. */
  evaluationMethod?: Maybe<Scalars['String']['output']>;
  /** Evaluation: result. */
  evaluationResult?: Maybe<Scalars['String']['output']>;
  /** Where the evaluation facts come from. */
  evaluationSource?: Maybe<Source>;
  /** Evaluation: link to the report. */
  evaluationUrl?: Maybe<Scalars['String']['output']>;
  /** Identifier of the project (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Indicators with their measured values. */
  indicators: Array<Indicator>;
  /** Milestones that are late now (shared clock). */
  lateMilestoneCount: Scalars['Int']['output'];
  /** The newest status report, if any. */
  latestStatusReport?: Maybe<StatusReport>;
  /** The project's milestones, ordered by time. */
  milestones: Array<Milestone>;
  /** Danish names of the facts nobody has stated (shown as 'Ikke oplyst i dokumenterne'), e.g. 'Formål'. */
  missingFacts: Array<Scalars['String']['output']>;
  /** The last finished quarter, when its status report is owed and missing; else null. */
  missingStatusReport?: Maybe<QuarterRef>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Offers that belong to the project. */
  offers: Array<Offer>;
  /** The unit that owns it now. */
  ownerUnit?: Maybe<OrgUnit>;
  /** Who owned it when and why it moved, oldest first. */
  ownership: Array<ProjectOwnership>;
  /** What the project is for; null where no document or user has said. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Where the purpose comes from. */
  purposeSource?: Maybe<Source>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** First day of the project, if known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Status. */
  status: WorkStatus;
  /** Quarterly status reports, newest first. */
  statusReports: Array<StatusReport>;
  /** Who the project is for; null where not stated. */
  targetGroup?: Maybe<Scalars['String']['output']>;
  /** Where the target group comes from. */
  targetGroupSource?: Maybe<Source>;
  /** The theme it belongs to (the staff unit and the director read themes). */
  theme?: Maybe<Theme>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A new project, or all editable fields of one. */
export type ProjectInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Evaluation: date. */
  evaluationDate?: InputMaybe<Scalars['Date']['input']>;
  /** Evaluation: method. */
  evaluationMethod?: InputMaybe<Scalars['String']['input']>;
  /** Evaluation: result. */
  evaluationResult?: InputMaybe<Scalars['String']['input']>;
  /** Where the evaluation facts come from. */
  evaluationSource?: InputMaybe<SourceInput>;
  /** Evaluation: link. */
  evaluationUrl?: InputMaybe<Scalars['String']['input']>;
  /** Name (required). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Owning unit (required). */
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** What the project is for. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Where the purpose comes from. */
  purposeSource?: InputMaybe<SourceInput>;
  /** Where the project's facts come from. */
  source?: InputMaybe<SourceInput>;
  /** First day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Status. */
  status?: InputMaybe<WorkStatus>;
  /** Who the project is for. */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  /** Where the target group comes from. */
  targetGroupSource?: InputMaybe<SourceInput>;
  /** Theme. */
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

/** One period of a project's ownership. */
export type ProjectOwnership = {
  __typename?: 'ProjectOwnership';
  /** From. */
  fromDate?: Maybe<Scalars['Date']['output']>;
  /** Identifier of the ownership period (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Why the project came to this unit. */
  note?: Maybe<Scalars['String']['output']>;
  /** The owning unit. */
  orgUnit: OrgUnit;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** To (absent while current). */
  toDate?: Maybe<Scalars['Date']['output']>;
};

/** One page of the portfolio. */
export type ProjectPage = {
  __typename?: 'ProjectPage';
  /** This page, by name. */
  items: Array<Project>;
  /** Projects matching the filter, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A proposal for an effort in the health area. */
export type Proposal = {
  __typename?: 'Proposal';
  /** The stages it may go to next. */
  allowedNextStages: Array<ProposalStage>;
  /** Business cases of the proposal. */
  businessCases: Array<SavedBusinessCase>;
  /** The comment thread, oldest first. */
  comments: Array<ProposalComment>;
  /** Identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Projects it builds on. */
  linkedProjects: Array<Project>;
  /** The need it answers. */
  need: Scalars['String']['output'];
  /** The evidence of the need (health profile, co-financing figures, a document). */
  needEvidence?: Maybe<Scalars['String']['output']>;
  /** Where the evidence comes from. */
  needSource?: Maybe<Source>;
  /** Offers it builds on. */
  offers: Array<Offer>;
  /** The project a decided proposal became. */
  project?: Maybe<Project>;
  /** The responsible centre. */
  responsibleUnit?: Maybe<OrgUnit>;
  /** Current stage. */
  stage: ProposalStage;
  /** Every stage change, oldest first. */
  stageChanges: Array<ProposalStageChange>;
  /** Danish name of the stage. */
  stageLabel: Scalars['String']['output'];
  /** Where it stands as the documents say, e.g. that the decision is missing. */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** Who it is for. */
  targetGroup?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Agenda items of the municipality's bodies' meetings that treat it, by meeting date (drafts for the staff unit only). */
  treatments: Array<ProposalTreatment>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A comment on a proposal. */
export type ProposalComment = {
  __typename?: 'ProposalComment';
  /** When it was first answered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who wrote it. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The comment this answers, if any. */
  replyToId?: Maybe<Scalars['ID']['output']>;
  /** The comment. */
  text: Scalars['String']['output'];
};

/** A proposal's editable fields. */
export type ProposalInput = {
  /** The need it answers. */
  need: Scalars['String']['input'];
  /** Evidence of the need. */
  needEvidence?: InputMaybe<Scalars['String']['input']>;
  /** Source of the evidence. */
  needSource?: InputMaybe<SourceInput>;
  /** Offers it builds on. */
  offerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Projects it builds on. */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Responsible centre (OrgUnit id). */
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands, as the documents say. */
  statusNote?: InputMaybe<Scalars['String']['input']>;
  /** Target group. */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
};

/** A notice in the signed-in user's queue: a comment of theirs was answered. */
export type ProposalNotice = {
  __typename?: 'ProposalNotice';
  /** When it was answered. */
  answeredAt: Scalars['DateTime']['output'];
  /** The comment that was answered. */
  commentId: Scalars['ID']['output'];
  /** The proposal. */
  proposalId: Scalars['ID']['output'];
  /** Danish text of the notice. */
  text: Scalars['String']['output'];
};

/** Where a proposal is on its way from idea to decision. */
export type ProposalStage =
  /** Decided: it became a project in the portfolio. */
  | 'DECIDED'
  /** Discussed strategically in "Sammen om sundhed". */
  | 'DISCUSSED'
  /** An idea. */
  | 'IDEA'
  /** Parked. */
  | 'PARKED'
  /** In political treatment (Social- og Sundhedsudvalget / Byrådet). */
  | 'POLITICAL'
  /** Qualified in Sundhedsforum. */
  | 'QUALIFIED'
  /** Rejected. */
  | 'REJECTED';

/** One step of a proposal's way. */
export type ProposalStageChange = {
  __typename?: 'ProposalStageChange';
  /** The agenda item of that meeting that treated the proposal, when known. */
  agendaItemId?: Maybe<Scalars['ID']['output']>;
  /** Name of the body that treated it. */
  bodyName?: Maybe<Scalars['String']['output']>;
  /** Day of the treatment or decision. */
  date: Scalars['Date']['output'];
  /** The decision text. */
  decisionText: Scalars['String']['output'];
  /** Stage before. */
  fromStage: ProposalStage;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** A recorded meeting of the body (a ClusterMeeting id), when known. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** Where the decision is recorded. */
  source?: Maybe<Source>;
  /** Stage after. */
  toStage: ProposalStage;
  /** Danish name of the new stage. */
  toStageLabel: Scalars['String']['output'];
  /** The meeting item it points at. */
  treatment?: Maybe<ProposalTreatment>;
  /** Who recorded the change. */
  userName?: Maybe<Scalars['String']['output']>;
};

/** An agenda item of a body's meeting that treats a proposal. */
export type ProposalTreatment = {
  __typename?: 'ProposalTreatment';
  /** Id of the agenda item. */
  agendaItemId: Scalars['ID']['output'];
  /** Name of the body. */
  bodyName?: Maybe<Scalars['String']['output']>;
  /** Day of the meeting. */
  date: Scalars['Date']['output'];
  /** The decision text. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** Title of the meeting. */
  meetingTitle: Scalars['String']['output'];
  /** Number on the agenda. */
  number: Scalars['Int']['output'];
  /** Danish name of the decision's outcome; null until decided. */
  outcomeLabel?: Maybe<Scalars['String']['output']>;
  /** Title of the item. */
  title: Scalars['String']['output'];
};

/** Public minutes of a political body's meeting (political minutes are public). */
export type PublicMinutes = {
  __typename?: 'PublicMinutes';
  /** Name of the body. */
  bodyName: Scalars['String']['output'];
  /** Date. */
  date: Scalars['Date']['output'];
  /** Identifier of the meeting. */
  id: Scalars['ID']['output'];
  /** Items with their decisions. */
  items: Array<PublicMinutesItem>;
  /** Danish label of ordinary/extraordinary. */
  kindLabel: Scalars['String']['output'];
  /** Place. */
  place?: Maybe<Scalars['String']['output']>;
  /** Start time (HH:MM). */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Title of the meeting. */
  title: Scalars['String']['output'];
};

/** An item of public minutes. */
export type PublicMinutesItem = {
  __typename?: 'PublicMinutesItem';
  /** The decision text. */
  decision?: Maybe<Scalars['String']['output']>;
  /** Number on the agenda. */
  number: Scalars['Int']['output'];
  /** Danish label of the outcome. */
  outcomeLabel?: Maybe<Scalars['String']['output']>;
  /** The recommendation. */
  recommendation?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A year and a quarter. */
export type QuarterRef = {
  __typename?: 'QuarterRef';
  /** The quarter's last day. */
  endDate: Scalars['Date']['output'];
  /** Danish label, e.g. '3. kvt. 2026'. */
  label: Scalars['String']['output'];
  /** Quarter 1–4. */
  quarter: Scalars['Int']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A quarter's status report as the quarterly report shows it. */
export type QuarterStatusReport = {
  __typename?: 'QuarterStatusReport';
  /** Who wrote it. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Green, yellow or red. */
  colour: ReportColour;
  /** Danish label of the colour. */
  colourLabel: Scalars['String']['output'];
  /** Footnote number: the report's own source, else the report as written in the app. */
  footnote: Scalars['Int']['output'];
  /** When it was written or last changed. */
  reportedAt: Scalars['DateTime']['output'];
  /** The short text. */
  text: Scalars['String']['output'];
};

/** The quarterly status report for Social- og Sundhedsudvalget: themes, projects, late items, indicators and budget of one finished quarter, every figure with a footnote to its source. */
export type QuarterlyReport = {
  __typename?: 'QuarterlyReport';
  /** The day the late rules are judged on: the first day after the quarter (so what was due on its last day and not done is late). */
  asOf: Scalars['Date']['output'];
  /** Budget lines of the quarter's year, budget against actual spend. */
  budget: Array<ReportBudgetLine>;
  /** Sums of the budget lines. */
  budgetTotal: ReportBudgetTotal;
  /** The sources the figures refer to, numbered as footnotes. */
  footnotes: Array<ReportFootnote>;
  /** Indicator values measured for the quarter or for its year. */
  indicators: Array<ReportIndicator>;
  /** What was late, red, missing or over budget at the quarter's close (the rules of attentionItems). */
  lateItems: Array<ReportLateItem>;
  /** The quarter's last day. */
  periodEnd: Scalars['Date']['output'];
  /** The quarter's first day. */
  periodStart: Scalars['Date']['output'];
  /** Projects with the quarter's status report (or that it is missing). */
  projects: Array<ReportProject>;
  /** Quarter 1–4. */
  quarter: Scalars['Int']['output'];
  /** Danish label of the quarter, e.g. '4. kvt. 2026'. */
  quarterLabel: Scalars['String']['output'];
  /** Themes with their milestones due, late or done in or by the quarter. */
  themes: Array<ReportTheme>;
  /** The report's title, e.g. 'Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026'. */
  title: Scalars['String']['output'];
  /** Year of the quarter. */
  year: Scalars['Int']['output'];
};

/** The root of all reads. */
export type Query = {
  __typename?: 'Query';
  /** 'Kræver opmærksomhed': what is late, red, missing or over budget, oldest first (a project lead: its own projects). */
  attentionItems: Array<AttentionItem>;
  /** Sign-in page configuration. */
  authConfig: AuthConfig;
  /** Bodies of the signed-in account's municipality, its region and its clusters. */
  bodies: Array<Body>;
  /** Regions, clusters and bodies that exist on a day, with their predecessors and successors. */
  bodiesOn: Array<OrganisationInTime>;
  /** Evaluates a business-case scenario (the business-case command's JSON format). Nothing is stored. */
  businessCase: BusinessCaseResult;
  /** The example scenarios shipped with the calculation package. */
  businessCaseExamples: Array<BusinessCaseExample>;
  /** Kræver opmærksomhed for the cluster secretariat: overdue follow-ups and grants without follow-up. */
  clusterAttentionItems: Array<ClusterAttentionItem>;
  /** One meeting of a visible cluster (drafts for the secretariat only). */
  clusterMeeting?: Maybe<ClusterMeeting>;
  /** Clusters the signed-in account's municipality or secretariat belongs to. */
  clusters: Array<Cluster>;
  /** The director's co-financing card. */
  cofinancingCard: CofinancingCard;
  /** The comparison sets of the caller's municipality. */
  cofinancingComparisonSets: Array<CofinancingComparisonSet>;
  /** The rate sets theme F prices with, including the municipality's own figures. */
  cofinancingEditableRateSets: Array<CofinancingEditableRateSet>;
  /** The co-financing page of the caller's municipality for the years asked (at most 20). */
  cofinancingOverview: CofinancingOverview;
  /** The shipped co-financing rate sets with the source and status of every figure. */
  cofinancingRateSets: Array<CofinancingRateSet>;
  /**
   * Prices an activity CSV (docs/reference/cofinancing.md §6, at most 5 MB) under a rate set, and under a second one
   * for a rule-change simulation. The file is processed in memory and discarded; the result is never cached.
   */
  cofinancingSimulation: CofinancingSimulation;
  /** Theme F: the caller's stored activity of one year priced under the flat and the age-differentiated rules. */
  cofinancingThemeF: CofinancingThemeF;
  /** Two versions of a business case side by side (inputs and results). */
  compareBusinessCaseVersions: BusinessCaseComparison;
  /** The money flows around the end of co-financing of the caller's municipality, by first day. */
  fundingFlows: Array<FundingFlow>;
  /** The languages the hand-out can be given in, by Danish name. */
  handoutLanguages: Array<HandoutLanguage>;
  /** Liveness: always true. */
  health: Scalars['Boolean']['output'];
  /** The local accounts of the administrator's municipality (or all, for an administrator without one); administrators only (FORBIDDEN otherwise). Never cached: a disabled account shows at once. */
  localAccounts: Array<LocalAccount>;
  /** The signed-in account, or null. */
  me?: Maybe<Viewer>;
  /** The municipality's layer over the national vocabulary, by label. */
  municipalVocabulary: Array<MunicipalConcept>;
  /** Every concept of the national vocabulary, by label. */
  nationalConcepts: Array<NationalConcept>;
  /** The need categories: KRAMS factors, then KL's FSIII prevention interventions. */
  needCategories: Array<NeedCategory>;
  /** One offer of the signed-in account's municipality; null if unknown. */
  offer?: Maybe<Offer>;
  /** Error reports, newest first, optionally by status. */
  offerReports: Array<OfferReport>;
  /** The municipality's offers by name, optionally by status, owning unit and part of the name. */
  offers: Array<Offer>;
  /** The signed-in account's municipality's units. */
  orgUnits: Array<OrgUnit>;
  /** The caller's own messages of the last 10 minutes in this process's outbox (used when SMTP_URL is not set); never cached. */
  outbox: Array<OutboxMessage>;
  /** The overview of the signed-in account's municipality. */
  overview: Overview;
  /** The price indexes. */
  priceIndexes: Array<PriceIndex>;
  /** The price catalogue. */
  prices: Array<Price>;
  /** One project by id (a project lead: only one its unit owns). */
  project?: Maybe<Project>;
  /** The portfolio: one page of projects by name, filtered, with late roll-ups. */
  projectPortfolio: ProjectPage;
  /** Projects of the signed-in account's municipality (a project lead: those its unit owns). */
  projects: Array<Project>;
  /** One proposal. */
  proposal?: Maybe<Proposal>;
  /** Answered comments of the signed-in user not yet seen (the queue on /opgaver). */
  proposalNotices: Array<ProposalNotice>;
  /** Offers whose name contains the search, by name, for the proposal form's picker (the server searches; at most `first`, up to 50). */
  proposalOfferOptions: Array<Offer>;
  /** The municipality's projects whose name contains the search, by name, for the proposal form's picker (at most `first`, up to 50). */
  proposalProjectOptions: Array<Project>;
  /** Every proposal of the municipality, newest change first. */
  proposals: Array<Proposal>;
  /** Published minutes of a political body's meeting; null when not published. */
  publicMinutes?: Maybe<PublicMinutes>;
  /** An active offer for the public page; professional-only fields are null. Null if unknown or not active. */
  publicOffer?: Maybe<Offer>;
  /** The quarterly report for Social- og Sundhedsudvalget for a finished quarter (also as PDF: GET /api/reports/quarterly.pdf?year=&quarter=). */
  quarterlyReport: QuarterlyReport;
  /** The staff unit's list 'Opgaver der flytter til regionen': offers and projects of reform tasks, marked or to review. */
  reformTransfers: Array<ReformCandidate>;
  /** All regions. */
  regions: Array<Region>;
  /** Offers not confirmed for at least this many months (e.g. 6 or 12), and running offers whose courses have all ended, grouped by owning unit; ended offers left out. */
  reviewQueue: Array<ReviewGroup>;
  /** A saved business case. */
  savedBusinessCase?: Maybe<SavedBusinessCase>;
  /** Words of searches that found nothing, seen at least three times in the municipality in 90 days and still finding nothing, most frequent first. */
  searchMisses: Array<SearchMissTerm>;
  /** Front-line search in the caller's municipality's offer catalogue; the same engine serves the HSDS API. */
  searchOffers: OfferSearchResult;
  /** Every synonym group of the municipality with whether it is broad (the staff unit's editor, issue 11). */
  searchSynonymGroups: Array<SearchSynonymGroup>;
  /** The synonym groups search expands words with (the municipality's own, or the starting set until it has saved its own); broad groups are left out: they only lift, as broad concepts. */
  searchSynonyms: Array<Array<Scalars['String']['output']>>;
  /** The version of the municipality's synonym groups; updateSearchSynonyms names it (ADR 016). */
  searchSynonymsVersion: Scalars['Int']['output'];
  /** The municipality's vocabulary layer exactly as its search index holds it, broad synonym groups included: the offline copy is indexed with it, so offline results equal online ones (ADR 067). */
  searchVocabularyLayer: Array<SearchLayerConcept>;
  /** Words of searches that showed hits of which none was opened, seen at least three times in the municipality in 90 days, most frequent first (ADR 054); count is those searches. */
  searchesNotOpened: Array<SearchMissTerm>;
  /** Region Hovedstaden's kommunesocialgrupper (all 39 entries). */
  socialGroups: Array<SocialGroup>;
  /** One theme by id. */
  theme?: Maybe<Theme>;
  /** The themes of the signed-in account's municipality, A to G. */
  themes: Array<Theme>;
};


/** The root of all reads. */
export type QueryBodiesOnArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};


/** The root of all reads. */
export type QueryBusinessCaseArgs = {
  scenario: Scalars['JSON']['input'];
};


/** The root of all reads. */
export type QueryClusterMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryCofinancingOverviewArgs = {
  fromYear: Scalars['Int']['input'];
  requirePopulation?: InputMaybe<Scalars['Boolean']['input']>;
  toYear: Scalars['Int']['input'];
};


/** The root of all reads. */
export type QueryCofinancingSimulationArgs = {
  activityCsv: Scalars['String']['input'];
  compareRatesId?: InputMaybe<Scalars['ID']['input']>;
  ratesId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryCofinancingThemeFArgs = {
  year: Scalars['Int']['input'];
};


/** The root of all reads. */
export type QueryCompareBusinessCaseVersionsArgs = {
  a: Scalars['Int']['input'];
  b: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryOfferReportsArgs = {
  status?: InputMaybe<ReportStatus>;
};


/** The root of all reads. */
export type QueryOffersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OfferStatus>;
};


/** The root of all reads. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryProjectPortfolioArgs = {
  filter?: InputMaybe<PortfolioFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of all reads. */
export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryProposalOfferOptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


/** The root of all reads. */
export type QueryProposalProjectOptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


/** The root of all reads. */
export type QueryPublicMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryPublicOfferArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QueryQuarterlyReportArgs = {
  quarter: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


/** The root of all reads. */
export type QueryReviewQueueArgs = {
  months: Scalars['Int']['input'];
};


/** The root of all reads. */
export type QuerySavedBusinessCaseArgs = {
  id: Scalars['ID']['input'];
};


/** The root of all reads. */
export type QuerySearchOffersArgs = {
  input: OfferSearchInput;
};


/** The root of all reads. */
export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};

/** A filter read from the search text, shown as a removable chip. */
export type QueryChip = {
  __typename?: 'QueryChip';
  /** 'age', 'free', 'language' or 'format'. */
  kind: Scalars['String']['output'];
  /** The words of the text it was read from (folded). */
  typed: Scalars['String']['output'];
  /** The filter value: the age, 'true', an ISO 639-1 code or a format ('online', 'hold'). */
  value: Scalars['String']['output'];
};

/** Whether a figure is confirmed by its source, only approximate, or missing. */
export type RateStatus =
  /** The source gives it only approximately ('knap', 'godt', 'around'). */
  | 'approximate'
  /** Confirmed by the source. */
  | 'confirmed'
  /** No source gives it; a contact that needs it cannot be priced. */
  | 'missing';

/** Realised against expected: a case of a project follows one of the project's indicators (ADR 047). */
export type RealisedEffect = {
  __typename?: 'RealisedEffect';
  /** The project's indicators the case can follow. */
  choices: Array<Indicator>;
  /** Realised / expected over the years with figures; null without any. */
  factor?: Maybe<Scalars['Float']['output']>;
  /** The indicator that counts the citizens the effort succeeds for; null until chosen. */
  indicator?: Maybe<Indicator>;
  /** Why there is no comparison yet, in Danish. */
  note?: Maybe<Scalars['String']['output']>;
  /** The gross success rate (percent) that gives the realised effect. */
  realisedGrossSuccessRatePercent?: Maybe<Scalars['Float']['output']>;
  /** The case re-run on realised figures (deterministic; no sensitivity or Monte Carlo). */
  realisedResult?: Maybe<BusinessCaseResult>;
  /** The project's start year (case year 0). */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Expected against realised per year. */
  years: Array<RealisedYear>;
};

/** One year of realised against expected. */
export type RealisedYear = {
  __typename?: 'RealisedYear';
  /** Year of the case (0 = the project's start year). */
  caseYear: Scalars['Int']['output'];
  /** Expected active successful citizens (the business case). */
  expected: Scalars['Float']['output'];
  /** Realised: the indicator's latest value that year; null without a figure. */
  realised?: Maybe<Scalars['Float']['output']>;
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** An offer or project on the staff unit's list 'Opgaver der flytter til regionen'. */
export type ReformCandidate = {
  __typename?: 'ReformCandidate';
  /** Id of the offer or project. */
  id: Scalars['ID']['output'];
  /** Offer or project. */
  kind: ReformRecordKind;
  /** Danish label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The owning unit today. */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** The mark; null until the staff unit has reviewed it. */
  transfer?: Maybe<ReformTransfer>;
};

/** Offer or project. */
export type ReformRecordKind =
  | 'OFFER'
  | 'PROJECT';

/** A task whose authority and financing move from the municipalities to the regions on 1 January 2027. */
export type ReformTask =
  | 'ACUTE_NURSING'
  | 'PATIENT_PREVENTION'
  | 'SPECIALISED_REHABILITATION'
  | 'TEMPORARY_PLACES';

/** The staff unit's mark on an offer or project whose task moves to the region (ADR 038). */
export type ReformTransfer = {
  __typename?: 'ReformTransfer';
  /** From which day. */
  effectiveDate: Scalars['Date']['output'];
  /** Identifier of the mark (a UUID). */
  id: Scalars['ID']['output'];
  /** Whether it moves to the region. */
  moves: Scalars['Boolean']['output'];
  /** The organisation that owns it from effectiveDate; null when it stays. */
  newOwner?: Maybe<Scalars['String']['output']>;
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The municipality goes on running it for the region under a cooperation agreement. */
  runsForRegion: Scalars['Boolean']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** The task. */
  task: ReformTask;
  /** Danish label of the task. */
  taskLabel: Scalars['String']['output'];
  /** Version for optimistic concurrency (ADR 016). */
  version: Scalars['Int']['output'];
};

/** A mark: whether the task of an offer or project moves to the region, to whom, from when. */
export type ReformTransferInput = {
  /** From which day (e.g. 1.1.2027). */
  effectiveDate: Scalars['String']['input'];
  /** Whether it moves to the region. */
  moves: Scalars['Boolean']['input'];
  /** The new owner organisation; required when it moves. */
  newOwner?: InputMaybe<Scalars['String']['input']>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The offer (or projectId). */
  offerId?: InputMaybe<Scalars['ID']['input']>;
  /** The project (or offerId). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The municipality runs it for the region under a cooperation agreement. */
  runsForRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the facts came from. */
  source?: InputMaybe<SourceInput>;
  /** The task. */
  task: ReformTask;
};

/** A Danish region. */
export type Region = {
  __typename?: 'Region';
  /** Bodies owned by the region. */
  bodies: Array<Body>;
  /** Region code. */
  code: Scalars['String']['output'];
  /** Identifier of the region (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Municipalities and districts of the region. */
  municipalities: Array<Municipality>;
  /** Name, e.g. Region Hovedstaden. */
  name: Scalars['String']['output'];
  /** Where the facts came from. */
  source?: Maybe<Source>;
};

/** A budget line of the quarter's year. */
export type ReportBudgetLine = {
  __typename?: 'ReportBudgetLine';
  /** Footnote number of the actual spend's source. */
  actualFootnote?: Maybe<Scalars['Int']['output']>;
  /** Actual spend in kroner, if entered. */
  actualKr?: Maybe<Scalars['Int']['output']>;
  /** Budget in kroner; null where the line is staff hours only. */
  amountKr?: Maybe<Scalars['Int']['output']>;
  /** What it is for. */
  description: Scalars['String']['output'];
  /** Budget less actual spend; null unless both are known. */
  differenceKr?: Maybe<Scalars['Int']['output']>;
  /** Footnote number of the budget's source. */
  footnote?: Maybe<Scalars['Int']['output']>;
  /** Id of the budget line. */
  id: Scalars['ID']['output'];
  /** The theme ('A: …') or project it belongs to. */
  ownerLabel: Scalars['String']['output'];
};

/** The sums of the quarter's year's budget lines. */
export type ReportBudgetTotal = {
  __typename?: 'ReportBudgetTotal';
  /** Actual spend in kroner (lines with an entered spend). */
  actualKr: Scalars['Int']['output'];
  /** Budget in kroner. */
  amountKr: Scalars['Int']['output'];
  /** Budget less actual spend. */
  differenceKr: Scalars['Int']['output'];
  /** Footnote number: how the app summed it; null when there are no lines. */
  footnote?: Maybe<Scalars['Int']['output']>;
};

/** Traffic-light colour of a quarterly status report. */
export type ReportColour =
  /** Going to plan. */
  | 'GREEN'
  /** Off track: needs attention. */
  | 'RED'
  /** At risk. */
  | 'YELLOW';

/** A numbered source of the quarterly report. */
export type ReportFootnote = {
  __typename?: 'ReportFootnote';
  /** The footnote's number, from 1. */
  number: Scalars['Int']['output'];
  /** The source as Danish text: title, section, date (or how the app computed the figure). */
  text: Scalars['String']['output'];
  /** Link to the document, where there is one. */
  url?: Maybe<Scalars['String']['output']>;
};

/** One indicator value of the quarter or its year. */
export type ReportIndicator = {
  __typename?: 'ReportIndicator';
  /** Baseline. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Footnote number of the value's source. */
  footnote?: Maybe<Scalars['Int']['output']>;
  /** Id of the measured value. */
  id: Scalars['ID']['output'];
  /** Name of the indicator. */
  name: Scalars['String']['output'];
  /** Danish label of the period, e.g. '4. kvt. 2026' or '2026'. */
  periodLabel: Scalars['String']['output'];
  /** The project measuring it. */
  projectName: Scalars['String']['output'];
  /** Target. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Footnote number of the baseline's and target's source. */
  targetFootnote?: Maybe<Scalars['Int']['output']>;
  /** Unit of the figures. */
  unit: Scalars['String']['output'];
  /** The measured value. */
  value: Scalars['Float']['output'];
};

/** Something late, red, missing or over budget at the quarter's close. */
export type ReportLateItem = {
  __typename?: 'ReportLateItem';
  /** The day it refers to. */
  date: Scalars['Date']['output'];
  /** Footnote number: the rule that computed it. */
  footnote: Scalars['Int']['output'];
  /** Stable key: kind and record. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: AttentionKind;
  /** Danish label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Route of the page where it is fixed. */
  route: Scalars['String']['output'];
  /** Danish one-line title. */
  title: Scalars['String']['output'];
};

/** A milestone as the quarterly report shows it. */
export type ReportMilestone = {
  __typename?: 'ReportMilestone';
  /** The day it was done, if done. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** The last day it may be reached (its date, else its quarter's or year's last day). */
  due: Scalars['Date']['output'];
  /** Footnote number of its source; null when no source is stated. */
  footnote?: Maybe<Scalars['Int']['output']>;
  /** Id of the milestone. */
  id: Scalars['ID']['output'];
  /** What is to be reached. */
  text: Scalars['String']['output'];
  /** Whether it was on time at the quarter's close. */
  timeliness: MilestoneTimeliness;
  /** Danish label of the timeliness, e.g. 'Forsinket'. */
  timelinessLabel: Scalars['String']['output'];
};

/** A project in the quarterly report. */
export type ReportProject = {
  __typename?: 'ReportProject';
  /** Footnote number of the project's source. */
  footnote?: Maybe<Scalars['Int']['output']>;
  /** Id of the project. */
  id: Scalars['ID']['output'];
  /** Milestones late at the quarter's close. */
  lateMilestoneCount: Scalars['Int']['output'];
  /** Milestones due in the quarter, late at its close, or done in it. */
  milestones: Array<ReportMilestone>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The unit owning it. */
  ownerUnitName?: Maybe<Scalars['String']['output']>;
  /** True when the project owed the quarter's report and none was written. */
  reportMissing: Scalars['Boolean']['output'];
  /** Danish label of its status. */
  statusLabel: Scalars['String']['output'];
  /** The quarter's status report, if written. */
  statusReport?: Maybe<QuarterStatusReport>;
};

/** Status of an error report. */
export type ReportStatus =
  | 'OPEN'
  | 'RESOLVED';

/** A theme in the quarterly report. */
export type ReportTheme = {
  __typename?: 'ReportTheme';
  /** Code, e.g. 'A'. */
  code: Scalars['String']['output'];
  /** Milestones done in the quarter. */
  doneCount: Scalars['Int']['output'];
  /** Milestones whose due day falls in the quarter. */
  dueCount: Scalars['Int']['output'];
  /** Footnote number of the theme's source. */
  footnote?: Maybe<Scalars['Int']['output']>;
  /** Id of the theme. */
  id: Scalars['ID']['output'];
  /** Milestones late at the quarter's close. */
  lateCount: Scalars['Int']['output'];
  /** Milestones due in the quarter, late at its close, or done in it. */
  milestones: Array<ReportMilestone>;
  /** Danish label of the theme's status. */
  statusLabel: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** Offers of one owning unit that are due for review. */
export type ReviewGroup = {
  __typename?: 'ReviewGroup';
  /** Its offers not confirmed within the period, or listed as running with all scheduled courses ended (Offer.coursesEnded); the oldest confirmation first (never confirmed first). */
  offers: Array<Offer>;
  /** The owning unit. */
  ownerUnit: OrgUnit;
};

/** The roles of staff accounts. */
export type Role =
  /** Director: reads everything of its municipality. */
  | 'direktoer'
  /** Front-line worker: reads offers. */
  | 'frontmedarbejder'
  /** Cluster secretariat: edits cluster records. */
  | 'klyngesekretariat'
  /** A centre's project lead: reads the projects its unit owns and writes their status reports and indicator values. */
  | 'projektleder'
  /** Sundhedsstaben: edits its municipality's records. */
  | 'sundhedsstab';

/** A saved, living business case of a proposal or a project. */
export type SavedBusinessCase = {
  __typename?: 'SavedBusinessCase';
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Payback in words, e.g. 'Tjener sig hjem i år 6'. */
  paybackText?: Maybe<Scalars['String']['output']>;
  /** The result before the last re-run, to show beside the new one. */
  previousResult?: Maybe<BusinessCaseResult>;
  /** Id of the project it belongs to. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** Id of the proposal it belongs to. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  /** Realised against expected, for a case of a project (null for a proposal's case until it is decided). */
  realised?: Maybe<RealisedEffect>;
  /** When it was last re-run. */
  rerunAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was last re-run (a price or the index changed). */
  rerunReason?: Maybe<Scalars['String']['output']>;
  /** The latest result (of the latest version at today's prices). */
  result?: Maybe<BusinessCaseResult>;
  /** Template: prevention (Skandia-style) or social (SØM-style). */
  template: Scalars['String']['output'];
  /** Danish name of the template. */
  templateLabel: Scalars['String']['output'];
  /** Optimistic-concurrency version of the case (bumped by every new version of assumptions). */
  version: Scalars['Int']['output'];
  /** Every version of its assumptions, newest first. */
  versions: Array<BusinessCaseVersion>;
};

/** Weekly session or course with dates. */
export type ScheduleKind =
  | 'COURSE'
  | 'RECURRING';

/** A concept of the municipality's layer over the national search vocabulary as its search reads it (ADR 045, 067): its own concepts, its corrections of national ones, and its broad synonym groups (which only lift). */
export type SearchLayerConcept = {
  __typename?: 'SearchLayerConcept';
  /** Words or phrases it adds (lower case). */
  addedTerms: Array<Scalars['String']['output']>;
  /** Broad: only lifts offers the search finds by other means. */
  broad: Scalars['Boolean']['output'];
  /** National words it hides. */
  hiddenTerms: Array<Scalars['String']['output']>;
  /** The row's id (a broad synonym group: 'synonym-' and its place). */
  id: Scalars['ID']['output'];
  /** The concept's label, shown in reasons. */
  label: Scalars['String']['output'];
  /** The national concept it extends or corrects; null for the municipality's own. */
  nationalId?: Maybe<Scalars['String']['output']>;
};

/** A word that searches in the municipality found nothing for (issue 11, ADR 041): a normalised term, never who searched. */
export type SearchMissTerm = {
  __typename?: 'SearchMissTerm';
  /** Searches that found nothing with this word in the last 90 days. */
  count: Scalars['Int']['output'];
  /** The word as Danish writes it, e.g. 'knogleskør': the vocabulary's or the Danish lexicon's spelling, else the term. Shown and added with. */
  display: Scalars['String']['output'];
  /** When it was last counted. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The folded word, e.g. 'knogleskoer' (letters a-z only): the key the counts are kept under. */
  term: Scalars['String']['output'];
};

/** A synonym group as the staff unit edits it. */
export type SearchSynonymGroup = {
  __typename?: 'SearchSynonymGroup';
  /** A broad concept (such as 'motion'): it only lifts offers found by other words, never filters. */
  broad: Scalars['Boolean']['output'];
  /** Words or phrases that mean the same, lower-case. */
  terms: Array<Scalars['String']['output']>;
};

/** The result of handing a body's secretariat over to its successor (ADR 038). */
export type SecretariatHandOver = {
  __typename?: 'SecretariatHandOver';
  /** How many secretariat accounts moved to the successor. */
  accountsMoved: Scalars['Int']['output'];
  /** The body whose secretariat was handed over. */
  cluster: Cluster;
  /** When. */
  handedOverAt: Scalars['DateTime']['output'];
  /** Whether the successor's secretariat also reads the old body's drafts. */
  includeDrafts: Scalars['Boolean']['output'];
  /** The successor body that now holds the secretariat. */
  successor: Cluster;
  /** Danish summary, e.g. 'Sekretariatet overdraget til Sundhedsråd Amager og Vestegnen uden kladder'. */
  summary: Scalars['String']['output'];
};

/** A hand-over of a body's secretariat to its successor. */
export type SecretariatHandOverInput = {
  /** Whether the successor's secretariat also reads the old body's unpublished drafts. */
  includeDrafts: Scalars['Boolean']['input'];
  /** Whether the old body's secretariat accounts now belong to the successor. */
  moveAccounts: Scalars['Boolean']['input'];
};

/** How an offer was handed to a citizen. */
export type SendOfferResult = {
  __typename?: 'SendOfferResult';
  /** The offer's new send count. */
  sendCount: Scalars['Int']['output'];
  /** True when the message went out (or into the outbox). */
  sent: Scalars['Boolean']['output'];
  /** 'smtp', 'sms' (the SMS gateway) or 'outbox'. */
  via: Scalars['String']['output'];
};

/** The 100 % municipal items, outside co-financing (docs/reference/cofinancing.md §2.1). */
export type SeparateLedger = {
  __typename?: 'SeparateLedger';
  /** Kroner per contact type. */
  byContactType: Array<KeyedAmount>;
  /** Kroner in total. */
  total: Scalars['Float']['output'];
};

/** One kommunesocialgruppe and its municipalities and districts. */
export type SocialGroup = {
  __typename?: 'SocialGroup';
  /** Entries in the group, sorted by name. */
  entries: Array<Municipality>;
  /** Group number 1–4. */
  group: Scalars['Int']['output'];
};

/** Where a fact came from: document and section, decision, date. */
export type Source = {
  __typename?: 'Source';
  /** Date of the document or decision. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Short key of the document. */
  documentKey: Scalars['String']['output'];
  /** Identifier of the source (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Further note on the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Section, page or agenda item. */
  section?: Maybe<Scalars['String']['output']>;
  /** Title of the document. */
  title: Scalars['String']['output'];
  /** Link to the document, where public. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Where a figure or fact a user enters comes from: a document (title, section, date) or a link. */
export type SourceInput = {
  /** Date of the document or decision (ISO or Danish d.m.yyyy). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Further note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Section, page or agenda item. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Title of the document (or the decision), e.g. 'Budgetopfølgning 3. kvt. 2026'. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Link to the decision or file (http:// or https://). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A step of a proposal to its next stage. */
export type StageChangeInput = {
  /** The agenda item of that meeting that treated the proposal. */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** The body that treated it (Body id). */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of the treatment or decision. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The decision text (required). */
  decisionText?: InputMaybe<Scalars['String']['input']>;
  /** The body's meeting (a ClusterMeeting id), when recorded. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the decision is recorded. */
  source?: InputMaybe<SourceInput>;
  /** The stage it goes to. */
  toStage: ProposalStage;
};

/** A project's status for one quarter. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** Who wrote it (staff name). */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Green, yellow or red. */
  colour: ReportColour;
  /** Danish label of the colour ('Grøn', 'Gul', 'Rød'), for text beside the colour. */
  colourLabel: Scalars['String']['output'];
  /** Identifier of the status report (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Quarter 1–4. */
  quarter: Scalars['Int']['output'];
  /** Danish label of the quarter, e.g. '3. kvt. 2026'. */
  quarterLabel: Scalars['String']['output'];
  /** When it was written or last changed. */
  reportedAt: Scalars['DateTime']['output'];
  /** Where its facts come from, if stated. */
  source?: Maybe<Source>;
  /** Short text. */
  text: Scalars['String']['output'];
  /** Bumped by every change (ADR 016). */
  version: Scalars['Int']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** A quarterly status report. */
export type StatusReportInput = {
  /** Green, yellow or red (required). */
  colour?: InputMaybe<ReportColour>;
  /** Quarter 1–4. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Where its facts come from. */
  source?: InputMaybe<SourceInput>;
  /** Short text (required). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The value of one input at which NPV = 0 (bisection within the input's natural range). */
export type SwitchingValue = {
  __typename?: 'SwitchingValue';
  /** Name of the input. */
  parameter: Scalars['String']['output'];
  /** The switching value; null where NPV does not change sign within the range. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Which way a language's script runs: the hand-out's dir attribute. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** A strategic theme (A–G) of the municipality's health strategy. */
export type Theme = {
  __typename?: 'Theme';
  /** Budget lines, ordered by year. */
  budgetLines: Array<BudgetLine>;
  /** Field-level history of the theme, its milestones and budget lines, newest first. */
  changes: Array<ChangeEntry>;
  /** Letter A–G. */
  code: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** Identifier of the theme (a UUID), stable across edits. */
  id: Scalars['ID']['output'];
  /** Internal, citizen-facing, mixed or analysis. */
  kind: ThemeKind;
  /** Late milestones now (shared clock): the theme's own and those of its projects. */
  lateMilestoneCount: Scalars['Int']['output'];
  /** Milestones, ordered by time. */
  milestones: Array<Milestone>;
  /** Projects under the theme. */
  projects: Array<Project>;
  /** Units responsible for the theme. */
  responsibleUnits: Array<OrgUnit>;
  /** Where the facts came from. */
  source?: Maybe<Source>;
  /** Current status. */
  status: WorkStatus;
  /** Time frame as the document words it. */
  timeFrame?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change; an update names the version it edited (ADR 016). */
  version: Scalars['Int']['output'];
};

/** Changes to a theme; absent fields are left as they are. */
export type ThemeInput = {
  /** New description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<WorkStatus>;
  /** Time frame as the document words it, at most 500 characters; null removes it. */
  timeFrame?: InputMaybe<Scalars['String']['input']>;
  /** New title, at most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of strategic theme. */
export type ThemeKind =
  | 'ANALYSIS'
  | 'CITIZEN'
  | 'INTERNAL'
  | 'MIXED';

/** One row of the one-way sensitivity (tornado) table: one input moved, the rest held. */
export type TornadoRow = {
  __typename?: 'TornadoRow';
  /** Value in the scenario. */
  base: Scalars['Float']['output'];
  /** High value tried. */
  high: Scalars['Float']['output'];
  /** Low value tried. */
  low: Scalars['Float']['output'];
  /** NPV at the high value. */
  npvHigh: Scalars['Float']['output'];
  /** NPV at the low value. */
  npvLow: Scalars['Float']['output'];
  /** Name of the input (e.g. grossSuccessRate, costScale). */
  parameter: Scalars['String']['output'];
  /** |npvHigh − npvLow|; rows come largest first. */
  swing: Scalars['Float']['output'];
};

/** The signed-in staff member. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The cluster the account works for (cluster secretariat). */
  cluster?: Maybe<Cluster>;
  /** E-mail address (the sign-in name). */
  email: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** True for an administrator (the emergency administrator set by command), who may disable local accounts. */
  isAdministrator: Scalars['Boolean']['output'];
  /** The municipality whose records the account works with (absent for the cluster secretariat). */
  municipality?: Maybe<Municipality>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The unit a project lead works for: the projects it owns are the ones the account reports on (null for other roles). */
  orgUnit?: Maybe<OrgUnit>;
  /** The account's role. */
  role: Role;
};

/** Status of a theme, milestone or project. */
export type WorkStatus =
  | 'AWAITING'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'PAUSED'
  | 'PLANNED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessDenied: AccessDenied;
  AccessRoute: AccessRoute;
  AgendaItem: ResolverTypeWrapper<PrismaAgendaItem>;
  AgendaItemInput: AgendaItemInput;
  AssumptionSourceInput: AssumptionSourceInput;
  Attendance: Attendance;
  AttentionItem: ResolverTypeWrapper<AttentionRow>;
  AttentionKind: AttentionKind;
  AuthConfig: ResolverTypeWrapper<AuthConfig>;
  Body: ResolverTypeWrapper<PrismaBody>;
  BodyKind: BodyKind;
  BodyMember: ResolverTypeWrapper<PrismaBodyMember>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BreakEven: ResolverTypeWrapper<BreakEven>;
  BudgetLine: ResolverTypeWrapper<PrismaBudgetLine>;
  BudgetLineInput: BudgetLineInput;
  BusinessCaseAssumptionsInput: BusinessCaseAssumptionsInput;
  BusinessCaseBearer: ResolverTypeWrapper<BusinessCaseBearer>;
  BusinessCaseComparison: ResolverTypeWrapper<Omit<BusinessCaseComparison, 'a' | 'b'> & { a: ResolversTypes['BusinessCaseVersion'], b: ResolversTypes['BusinessCaseVersion'] }>;
  BusinessCaseExample: ResolverTypeWrapper<BusinessCaseExample>;
  BusinessCaseLineInput: BusinessCaseLineInput;
  BusinessCaseMove: ResolverTypeWrapper<BusinessCaseMove>;
  BusinessCaseResult: ResolverTypeWrapper<BusinessCaseResult>;
  BusinessCaseVersion: ResolverTypeWrapper<PrismaBusinessCaseVersion>;
  BusinessCaseYear: ResolverTypeWrapper<BusinessCaseYear>;
  ChangeEntry: ResolverTypeWrapper<ChangeRow>;
  CloseProjectInput: CloseProjectInput;
  Cluster: ResolverTypeWrapper<PrismaCluster>;
  ClusterAttentionItem: ResolverTypeWrapper<AttentionRow>;
  ClusterChangeEntry: ResolverTypeWrapper<ClusterChangeRow>;
  ClusterKind: ClusterKind;
  ClusterMeeting: ResolverTypeWrapper<PrismaClusterMeeting>;
  ClusterMember: ResolverTypeWrapper<PrismaClusterMember>;
  CofinancingBreakdownRow: ResolverTypeWrapper<CofinancingBreakdownRow>;
  CofinancingCard: ResolverTypeWrapper<CofinancingCard>;
  CofinancingComparison: ResolverTypeWrapper<CofinancingComparison>;
  CofinancingComparisonSet: ResolverTypeWrapper<CofinancingComparisonSet>;
  CofinancingComparisonSetInput: CofinancingComparisonSetInput;
  CofinancingDifference: ResolverTypeWrapper<CofinancingDifference>;
  CofinancingEditableRateSet: ResolverTypeWrapper<CofinancingEditableRateSet>;
  CofinancingEditableRule: ResolverTypeWrapper<CofinancingEditableRule>;
  CofinancingEditableRuleInput: CofinancingEditableRuleInput;
  CofinancingImportBatch: ResolverTypeWrapper<CofinancingImportBatch>;
  CofinancingLevelValue: ResolverTypeWrapper<CofinancingLevelValue>;
  CofinancingOverview: ResolverTypeWrapper<CofinancingOverview>;
  CofinancingPaid: ResolverTypeWrapper<CofinancingPaid>;
  CofinancingPaidMonth: ResolverTypeWrapper<CofinancingPaidMonth>;
  CofinancingPoint: ResolverTypeWrapper<CofinancingPoint>;
  CofinancingPreventableRow: ResolverTypeWrapper<CofinancingPreventableRow>;
  CofinancingRateSet: ResolverTypeWrapper<CofinancingRateSet>;
  CofinancingRegime: CofinancingRegime;
  CofinancingRegimePeriod: ResolverTypeWrapper<CofinancingRegimePeriod>;
  CofinancingResult: ResolverTypeWrapper<CofinancingResult>;
  CofinancingRule: ResolverTypeWrapper<CofinancingRule>;
  CofinancingSimulation: ResolverTypeWrapper<CofinancingSimulation>;
  CofinancingThemeF: ResolverTypeWrapper<CofinancingThemeF>;
  CofinancingThemeFCell: ResolverTypeWrapper<CofinancingThemeFCell>;
  ComparedValue: ResolverTypeWrapper<ComparedValue>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionInput: DecisionInput;
  DecisionOutcome: DecisionOutcome;
  DemoAccount: ResolverTypeWrapper<DemoAccount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<PrismaFollowUp>;
  FollowUpInput: FollowUpInput;
  FollowUpStatus: FollowUpStatus;
  FundingFlow: ResolverTypeWrapper<PrismaFundingFlow>;
  FundingFlowInput: FundingFlowInput;
  FundingFlowStatus: FundingFlowStatus;
  FundingPartyKind: FundingPartyKind;
  Grant: ResolverTypeWrapper<PrismaGrant>;
  GrantAmountChange: ResolverTypeWrapper<PrismaGrantAmountChange>;
  GrantAmountInput: GrantAmountInput;
  GrantArea: GrantArea;
  GrantInput: GrantInput;
  GrantPartInput: GrantPartInput;
  GrantSplitInput: GrantSplitInput;
  HandOverInput: HandOverInput;
  HandoutLanguage: ResolverTypeWrapper<HandoutLanguage>;
  HandoutLanguageInput: HandoutLanguageInput;
  HandoutTexts: ResolverTypeWrapper<HandoutTexts>;
  HandoutTextsInput: HandoutTextsInput;
  HoursUnit: HoursUnit;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<PrismaIndicator>;
  IndicatorInput: IndicatorInput;
  IndicatorValue: ResolverTypeWrapper<PrismaIndicatorValue>;
  IndicatorValueInput: IndicatorValueInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyedAmount: ResolverTypeWrapper<KeyedAmount>;
  LocalAccount: ResolverTypeWrapper<LocalAccount>;
  MeetingInput: MeetingInput;
  MeetingKind: MeetingKind;
  MeetingParticipant: ResolverTypeWrapper<PrismaMeetingParticipant>;
  MeetingParticipantInput: MeetingParticipantInput;
  MeetingPublication: MeetingPublication;
  MemberRole: MemberRole;
  Milestone: ResolverTypeWrapper<PrismaMilestone>;
  MilestoneInput: MilestoneInput;
  MilestoneTimeliness: MilestoneTimeliness;
  MonteCarloSummary: ResolverTypeWrapper<MonteCarloSummary>;
  MoveProjectInput: MoveProjectInput;
  MunicipalConcept: ResolverTypeWrapper<MunicipalConcept>;
  MunicipalConceptInput: MunicipalConceptInput;
  Municipality: ResolverTypeWrapper<PrismaMunicipality>;
  MunicipalityKind: MunicipalityKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalConcept: ResolverTypeWrapper<NationalConcept>;
  NeedCategory: ResolverTypeWrapper<NeedCategory>;
  NpvPercentiles: ResolverTypeWrapper<NpvPercentiles>;
  Offer: ResolverTypeWrapper<PrismaOffer>;
  OfferChange: ResolverTypeWrapper<PrismaOfferChange>;
  OfferImportError: ResolverTypeWrapper<OfferImportError>;
  OfferImportReport: ResolverTypeWrapper<OfferImportReport>;
  OfferInput: OfferInput;
  OfferLocation: ResolverTypeWrapper<PrismaOfferLocation>;
  OfferLocationInput: OfferLocationInput;
  OfferReport: ResolverTypeWrapper<PrismaOfferReport>;
  OfferSchedule: ResolverTypeWrapper<PrismaOfferSchedule>;
  OfferScheduleInput: OfferScheduleInput;
  OfferSearchHit: ResolverTypeWrapper<Omit<OfferSearchHit, 'offer'> & { offer: ResolversTypes['Offer'] }>;
  OfferSearchInput: OfferSearchInput;
  OfferSearchResult: ResolverTypeWrapper<Omit<OfferSearchResult, 'hits' | 'withoutFilters'> & { hits: Array<ResolversTypes['OfferSearchHit']>, withoutFilters: Array<ResolversTypes['OfferSearchHit']> }>;
  OfferStatus: OfferStatus;
  OfferTranslation: ResolverTypeWrapper<OfferTranslation>;
  OfferTranslationInput: OfferTranslationInput;
  OrgUnit: ResolverTypeWrapper<PrismaOrgUnit>;
  OrgUnitKind: OrgUnitKind;
  OrganisationInTime: ResolverTypeWrapper<OrganisationInTime>;
  OrganisationKind: OrganisationKind;
  OrganisationRef: ResolverTypeWrapper<OrganisationRef>;
  OutboxMessage: ResolverTypeWrapper<OutboxMessage>;
  Overview: ResolverTypeWrapper<OverviewRoot>;
  OwnerOnDay: ResolverTypeWrapper<OwnerOnDay>;
  PartnerKind: PartnerKind;
  Payback: ResolverTypeWrapper<Payback>;
  PopulationFigure: ResolverTypeWrapper<PrismaPopulationFigure>;
  PortfolioFilter: PortfolioFilter;
  Price: ResolverTypeWrapper<PrismaPrice>;
  PriceBearer: PriceBearer;
  PriceChangeOutcome: ResolverTypeWrapper<Omit<PriceChangeOutcome, 'price' | 'priceIndex'> & { price?: Maybe<ResolversTypes['Price']>, priceIndex?: Maybe<ResolversTypes['PriceIndex']> }>;
  PriceIndex: ResolverTypeWrapper<PrismaPriceIndex>;
  PriceIndexInput: PriceIndexInput;
  PriceIndexPoint: ResolverTypeWrapper<PriceIndexPoint>;
  PriceIndexPointInput: PriceIndexPointInput;
  PriceInput: PriceInput;
  Project: ResolverTypeWrapper<ProjectWithRollup>;
  ProjectInput: ProjectInput;
  ProjectOwnership: ResolverTypeWrapper<PrismaProjectOwnership>;
  ProjectPage: ResolverTypeWrapper<Omit<ProjectPage, 'items'> & { items: Array<ResolversTypes['Project']> }>;
  Proposal: ResolverTypeWrapper<PrismaProposal>;
  ProposalComment: ResolverTypeWrapper<PrismaProposalComment>;
  ProposalInput: ProposalInput;
  ProposalNotice: ResolverTypeWrapper<ProposalNotice>;
  ProposalStage: ProposalStage;
  ProposalStageChange: ResolverTypeWrapper<PrismaProposalStageChange>;
  ProposalTreatment: ResolverTypeWrapper<Treatment>;
  PublicMinutes: ResolverTypeWrapper<PublicMinutes>;
  PublicMinutesItem: ResolverTypeWrapper<PublicMinutesItem>;
  QuarterRef: ResolverTypeWrapper<Quarter>;
  QuarterStatusReport: ResolverTypeWrapper<QuarterStatusReport>;
  QuarterlyReport: ResolverTypeWrapper<QuarterlyReport>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueryChip: ResolverTypeWrapper<QueryChip>;
  RateStatus: RateStatus;
  RealisedEffect: ResolverTypeWrapper<RealisedEffectRow>;
  RealisedYear: ResolverTypeWrapper<RealisedYear>;
  ReformCandidate: ResolverTypeWrapper<ReformCandidateRow>;
  ReformRecordKind: ReformRecordKind;
  ReformTask: ReformTask;
  ReformTransfer: ResolverTypeWrapper<PrismaReformTransfer>;
  ReformTransferInput: ReformTransferInput;
  Region: ResolverTypeWrapper<PrismaRegion>;
  ReportBudgetLine: ResolverTypeWrapper<ReportBudgetLine>;
  ReportBudgetTotal: ResolverTypeWrapper<ReportBudgetTotal>;
  ReportColour: ReportColour;
  ReportFootnote: ResolverTypeWrapper<ReportFootnote>;
  ReportIndicator: ResolverTypeWrapper<ReportIndicator>;
  ReportLateItem: ResolverTypeWrapper<ReportLateItem>;
  ReportMilestone: ResolverTypeWrapper<ReportMilestone>;
  ReportProject: ResolverTypeWrapper<ReportProject>;
  ReportStatus: ReportStatus;
  ReportTheme: ResolverTypeWrapper<ReportTheme>;
  ReviewGroup: ResolverTypeWrapper<Omit<ReviewGroup, 'offers' | 'ownerUnit'> & { offers: Array<ResolversTypes['Offer']>, ownerUnit: ResolversTypes['OrgUnit'] }>;
  Role: Role;
  SavedBusinessCase: ResolverTypeWrapper<PrismaSavedBusinessCase>;
  ScheduleKind: ScheduleKind;
  SearchLayerConcept: ResolverTypeWrapper<SearchLayerConcept>;
  SearchMissTerm: ResolverTypeWrapper<SearchMissTerm>;
  SearchSynonymGroup: ResolverTypeWrapper<SearchSynonymGroup>;
  SecretariatHandOver: ResolverTypeWrapper<Omit<SecretariatHandOver, 'cluster' | 'successor'> & { cluster: ResolversTypes['Cluster'], successor: ResolversTypes['Cluster'] }>;
  SecretariatHandOverInput: SecretariatHandOverInput;
  SendOfferResult: ResolverTypeWrapper<SendOfferResult>;
  SeparateLedger: ResolverTypeWrapper<SeparateLedger>;
  SocialGroup: ResolverTypeWrapper<Omit<SocialGroup, 'entries'> & { entries: Array<ResolversTypes['Municipality']> }>;
  Source: ResolverTypeWrapper<PrismaSource>;
  SourceInput: SourceInput;
  StageChangeInput: StageChangeInput;
  StatusReport: ResolverTypeWrapper<PrismaStatusReport>;
  StatusReportInput: StatusReportInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SwitchingValue: ResolverTypeWrapper<SwitchingValue>;
  TextDirection: TextDirection;
  Theme: ResolverTypeWrapper<PrismaTheme>;
  ThemeInput: ThemeInput;
  ThemeKind: ThemeKind;
  TornadoRow: ResolverTypeWrapper<TornadoRow>;
  Viewer: ResolverTypeWrapper<SessionUser>;
  WorkStatus: WorkStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgendaItem: PrismaAgendaItem;
  AgendaItemInput: AgendaItemInput;
  AssumptionSourceInput: AssumptionSourceInput;
  AttentionItem: AttentionRow;
  AuthConfig: AuthConfig;
  Body: PrismaBody;
  BodyMember: PrismaBodyMember;
  Boolean: Scalars['Boolean']['output'];
  BreakEven: BreakEven;
  BudgetLine: PrismaBudgetLine;
  BudgetLineInput: BudgetLineInput;
  BusinessCaseAssumptionsInput: BusinessCaseAssumptionsInput;
  BusinessCaseBearer: BusinessCaseBearer;
  BusinessCaseComparison: Omit<BusinessCaseComparison, 'a' | 'b'> & { a: ResolversParentTypes['BusinessCaseVersion'], b: ResolversParentTypes['BusinessCaseVersion'] };
  BusinessCaseExample: BusinessCaseExample;
  BusinessCaseLineInput: BusinessCaseLineInput;
  BusinessCaseMove: BusinessCaseMove;
  BusinessCaseResult: BusinessCaseResult;
  BusinessCaseVersion: PrismaBusinessCaseVersion;
  BusinessCaseYear: BusinessCaseYear;
  ChangeEntry: ChangeRow;
  CloseProjectInput: CloseProjectInput;
  Cluster: PrismaCluster;
  ClusterAttentionItem: AttentionRow;
  ClusterChangeEntry: ClusterChangeRow;
  ClusterMeeting: PrismaClusterMeeting;
  ClusterMember: PrismaClusterMember;
  CofinancingBreakdownRow: CofinancingBreakdownRow;
  CofinancingCard: CofinancingCard;
  CofinancingComparison: CofinancingComparison;
  CofinancingComparisonSet: CofinancingComparisonSet;
  CofinancingComparisonSetInput: CofinancingComparisonSetInput;
  CofinancingDifference: CofinancingDifference;
  CofinancingEditableRateSet: CofinancingEditableRateSet;
  CofinancingEditableRule: CofinancingEditableRule;
  CofinancingEditableRuleInput: CofinancingEditableRuleInput;
  CofinancingImportBatch: CofinancingImportBatch;
  CofinancingLevelValue: CofinancingLevelValue;
  CofinancingOverview: CofinancingOverview;
  CofinancingPaid: CofinancingPaid;
  CofinancingPaidMonth: CofinancingPaidMonth;
  CofinancingPoint: CofinancingPoint;
  CofinancingPreventableRow: CofinancingPreventableRow;
  CofinancingRateSet: CofinancingRateSet;
  CofinancingRegimePeriod: CofinancingRegimePeriod;
  CofinancingResult: CofinancingResult;
  CofinancingRule: CofinancingRule;
  CofinancingSimulation: CofinancingSimulation;
  CofinancingThemeF: CofinancingThemeF;
  CofinancingThemeFCell: CofinancingThemeFCell;
  ComparedValue: ComparedValue;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionInput: DecisionInput;
  DemoAccount: DemoAccount;
  Float: Scalars['Float']['output'];
  FollowUp: PrismaFollowUp;
  FollowUpInput: FollowUpInput;
  FundingFlow: PrismaFundingFlow;
  FundingFlowInput: FundingFlowInput;
  Grant: PrismaGrant;
  GrantAmountChange: PrismaGrantAmountChange;
  GrantAmountInput: GrantAmountInput;
  GrantInput: GrantInput;
  GrantPartInput: GrantPartInput;
  GrantSplitInput: GrantSplitInput;
  HandOverInput: HandOverInput;
  HandoutLanguage: HandoutLanguage;
  HandoutLanguageInput: HandoutLanguageInput;
  HandoutTexts: HandoutTexts;
  HandoutTextsInput: HandoutTextsInput;
  ID: Scalars['ID']['output'];
  Indicator: PrismaIndicator;
  IndicatorInput: IndicatorInput;
  IndicatorValue: PrismaIndicatorValue;
  IndicatorValueInput: IndicatorValueInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KeyedAmount: KeyedAmount;
  LocalAccount: LocalAccount;
  MeetingInput: MeetingInput;
  MeetingParticipant: PrismaMeetingParticipant;
  MeetingParticipantInput: MeetingParticipantInput;
  Milestone: PrismaMilestone;
  MilestoneInput: MilestoneInput;
  MonteCarloSummary: MonteCarloSummary;
  MoveProjectInput: MoveProjectInput;
  MunicipalConcept: MunicipalConcept;
  MunicipalConceptInput: MunicipalConceptInput;
  Municipality: PrismaMunicipality;
  Mutation: Record<PropertyKey, never>;
  NationalConcept: NationalConcept;
  NeedCategory: NeedCategory;
  NpvPercentiles: NpvPercentiles;
  Offer: PrismaOffer;
  OfferChange: PrismaOfferChange;
  OfferImportError: OfferImportError;
  OfferImportReport: OfferImportReport;
  OfferInput: OfferInput;
  OfferLocation: PrismaOfferLocation;
  OfferLocationInput: OfferLocationInput;
  OfferReport: PrismaOfferReport;
  OfferSchedule: PrismaOfferSchedule;
  OfferScheduleInput: OfferScheduleInput;
  OfferSearchHit: Omit<OfferSearchHit, 'offer'> & { offer: ResolversParentTypes['Offer'] };
  OfferSearchInput: OfferSearchInput;
  OfferSearchResult: Omit<OfferSearchResult, 'hits' | 'withoutFilters'> & { hits: Array<ResolversParentTypes['OfferSearchHit']>, withoutFilters: Array<ResolversParentTypes['OfferSearchHit']> };
  OfferTranslation: OfferTranslation;
  OfferTranslationInput: OfferTranslationInput;
  OrgUnit: PrismaOrgUnit;
  OrganisationInTime: OrganisationInTime;
  OrganisationRef: OrganisationRef;
  OutboxMessage: OutboxMessage;
  Overview: OverviewRoot;
  OwnerOnDay: OwnerOnDay;
  Payback: Payback;
  PopulationFigure: PrismaPopulationFigure;
  PortfolioFilter: PortfolioFilter;
  Price: PrismaPrice;
  PriceChangeOutcome: Omit<PriceChangeOutcome, 'price' | 'priceIndex'> & { price?: Maybe<ResolversParentTypes['Price']>, priceIndex?: Maybe<ResolversParentTypes['PriceIndex']> };
  PriceIndex: PrismaPriceIndex;
  PriceIndexInput: PriceIndexInput;
  PriceIndexPoint: PriceIndexPoint;
  PriceIndexPointInput: PriceIndexPointInput;
  PriceInput: PriceInput;
  Project: ProjectWithRollup;
  ProjectInput: ProjectInput;
  ProjectOwnership: PrismaProjectOwnership;
  ProjectPage: Omit<ProjectPage, 'items'> & { items: Array<ResolversParentTypes['Project']> };
  Proposal: PrismaProposal;
  ProposalComment: PrismaProposalComment;
  ProposalInput: ProposalInput;
  ProposalNotice: ProposalNotice;
  ProposalStageChange: PrismaProposalStageChange;
  ProposalTreatment: Treatment;
  PublicMinutes: PublicMinutes;
  PublicMinutesItem: PublicMinutesItem;
  QuarterRef: Quarter;
  QuarterStatusReport: QuarterStatusReport;
  QuarterlyReport: QuarterlyReport;
  Query: Record<PropertyKey, never>;
  QueryChip: QueryChip;
  RealisedEffect: RealisedEffectRow;
  RealisedYear: RealisedYear;
  ReformCandidate: ReformCandidateRow;
  ReformTransfer: PrismaReformTransfer;
  ReformTransferInput: ReformTransferInput;
  Region: PrismaRegion;
  ReportBudgetLine: ReportBudgetLine;
  ReportBudgetTotal: ReportBudgetTotal;
  ReportFootnote: ReportFootnote;
  ReportIndicator: ReportIndicator;
  ReportLateItem: ReportLateItem;
  ReportMilestone: ReportMilestone;
  ReportProject: ReportProject;
  ReportTheme: ReportTheme;
  ReviewGroup: Omit<ReviewGroup, 'offers' | 'ownerUnit'> & { offers: Array<ResolversParentTypes['Offer']>, ownerUnit: ResolversParentTypes['OrgUnit'] };
  SavedBusinessCase: PrismaSavedBusinessCase;
  SearchLayerConcept: SearchLayerConcept;
  SearchMissTerm: SearchMissTerm;
  SearchSynonymGroup: SearchSynonymGroup;
  SecretariatHandOver: Omit<SecretariatHandOver, 'cluster' | 'successor'> & { cluster: ResolversParentTypes['Cluster'], successor: ResolversParentTypes['Cluster'] };
  SecretariatHandOverInput: SecretariatHandOverInput;
  SendOfferResult: SendOfferResult;
  SeparateLedger: SeparateLedger;
  SocialGroup: Omit<SocialGroup, 'entries'> & { entries: Array<ResolversParentTypes['Municipality']> };
  Source: PrismaSource;
  SourceInput: SourceInput;
  StageChangeInput: StageChangeInput;
  StatusReport: PrismaStatusReport;
  StatusReportInput: StatusReportInput;
  String: Scalars['String']['output'];
  SwitchingValue: SwitchingValue;
  Theme: PrismaTheme;
  ThemeInput: ThemeInput;
  TornadoRow: TornadoRow;
  Viewer: SessionUser;
};

export type AuthDirectiveArgs = {
  otherwise?: Maybe<AccessDenied>;
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = Context, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type UncachedDirectiveArgs = { };

export type UncachedDirectiveResolver<Result, Parent, ContextType = Context, Args = UncachedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  attachments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  background?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['ClusterMeeting'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DecisionOutcome']>, ParentType, ContextType>;
  outcomeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  proposalTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttentionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttentionItem'] = ResolversParentTypes['AttentionItem']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttentionKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuthConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthConfig'] = ResolversParentTypes['AuthConfig']> = {
  demoAccounts?: Resolver<Array<ResolversTypes['DemoAccount']>, ParentType, ContextType>;
  demoMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  providerSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  samlSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BodyKind'], ParentType, ContextType>;
  mandate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingCadence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['ClusterMeeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['BodyMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeCost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BodyMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyMember'] = ResolversParentTypes['BodyMember']> = {
  function?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type BreakEvenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BreakEven'] = ResolversParentTypes['BreakEven']> = {
  grossSuccessRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  netSuccessRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  successes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BudgetLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = {
  actualKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  actualSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  amountKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hoursUnit?: Resolver<Maybe<ResolversTypes['HoursUnit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overBudget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  staffHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BusinessCaseBearerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseBearer'] = ResolversParentTypes['BusinessCaseBearer']> = {
  bcr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bearer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  npv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pvCosts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pvGains?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shareOfGains?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BusinessCaseComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseComparison'] = ResolversParentTypes['BusinessCaseComparison']> = {
  a?: Resolver<ResolversTypes['BusinessCaseVersion'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['BusinessCaseVersion'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['ComparedValue']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ComparedValue']>, ParentType, ContextType>;
};

export type BusinessCaseExampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseExample'] = ResolversParentTypes['BusinessCaseExample']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type BusinessCaseMoveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseMove'] = ResolversParentTypes['BusinessCaseMove']> = {
  businessCaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newNpv?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  oldNpv?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BusinessCaseResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseResult'] = ResolversParentTypes['BusinessCaseResult']> = {
  bcr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breakEven?: Resolver<ResolversTypes['BreakEven'], ParentType, ContextType>;
  byBearer?: Resolver<Array<ResolversTypes['BusinessCaseBearer']>, ParentType, ContextType>;
  defaultsApplied?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  monteCarlo?: Resolver<Maybe<ResolversTypes['MonteCarloSummary']>, ParentType, ContextType>;
  netRoi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  netSuccessRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  npv?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  payback?: Resolver<ResolversTypes['Payback'], ParentType, ContextType>;
  pvCosts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pvGains?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  successes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  switchingValues?: Resolver<Array<ResolversTypes['SwitchingValue']>, ParentType, ContextType>;
  tornado?: Resolver<Array<ResolversTypes['TornadoRow']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['BusinessCaseYear']>, ParentType, ContextType>;
};

export type BusinessCaseVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseVersion'] = ResolversParentTypes['BusinessCaseVersion']> = {
  assumptions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['BusinessCaseResult']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BusinessCaseYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessCaseYear'] = ResolversParentTypes['BusinessCaseYear']> = {
  activeSuccesses?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cumulativeDiscountedNet?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cumulativeNet?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discountFactor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discountedNet?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gains?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEntry'] = ResolversParentTypes['ChangeEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  changes?: Resolver<Array<ResolversTypes['ClusterChangeEntry']>, ParentType, ContextType, Partial<ClusterChangesArgs>>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['Grant']>, ParentType, ContextType, Partial<ClusterGrantsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClusterKind'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['ClusterMeeting']>, ParentType, ContextType, Partial<ClusterMeetingsArgs>>;
  members?: Resolver<Array<ResolversTypes['ClusterMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  secretariatHandedOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ClusterAttentionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterAttentionItem'] = ResolversParentTypes['ClusterAttentionItem']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttentionKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClusterChangeEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterChangeEntry'] = ResolversParentTypes['ClusterChangeEntry']> = {
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClusterMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterMeeting'] = ResolversParentTypes['ClusterMeeting']> = {
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  agendaPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutesPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['MeetingParticipant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterMember'] = ResolversParentTypes['ClusterMember']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  representedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type CofinancingBreakdownRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingBreakdownRow'] = ResolversParentTypes['CofinancingBreakdownRow']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['CofinancingLevelValue']>, ParentType, ContextType>;
  perInhabitant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CofinancingCardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingCard'] = ResolversParentTypes['CofinancingCard']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comparisonLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparisonPerInhabitant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  perInhabitant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trend?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CofinancingComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingComparison'] = ResolversParentTypes['CofinancingComparison']> = {
  byYear?: Resolver<Array<ResolversTypes['CofinancingPoint']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CofinancingComparisonSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingComparisonSet'] = ResolversParentTypes['CofinancingComparisonSet']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingDifference'] = ResolversParentTypes['CofinancingDifference']> = {
  byAgeGroup?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  byContactType?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CofinancingEditableRateSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingEditableRateSet'] = ResolversParentTypes['CofinancingEditableRateSet']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CofinancingEditableRule']>, ParentType, ContextType>;
};

export type CofinancingEditableRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingEditableRule'] = ResolversParentTypes['CofinancingEditableRule']> = {
  ageGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  capStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateSetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingImportBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingImportBatch'] = ResolversParentTypes['CofinancingImportBatch']> = {
  activityRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CofinancingLevelValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingLevelValue'] = ResolversParentTypes['CofinancingLevelValue']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CofinancingOverviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingOverview'] = ResolversParentTypes['CofinancingOverview']> = {
  breakdown?: Resolver<Array<ResolversTypes['CofinancingBreakdownRow']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['CofinancingPoint']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['CofinancingPoint']>, ParentType, ContextType>;
  comparisons?: Resolver<Array<ResolversTypes['CofinancingComparison']>, ParentType, ContextType>;
  deviationThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  imports?: Resolver<Array<ResolversTypes['CofinancingImportBatch']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<Array<ResolversTypes['CofinancingPaidMonth']>, ParentType, ContextType>;
  populationMissing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventable?: Resolver<Array<ResolversTypes['CofinancingPreventableRow']>, ParentType, ContextType>;
  preventableDefinition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regimes?: Resolver<Array<ResolversTypes['CofinancingRegimePeriod']>, ParentType, ContextType>;
  settingsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingPaidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingPaid'] = ResolversParentTypes['CofinancingPaid']> = {
  aconto?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  efterregulering?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CofinancingPaidMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingPaidMonth'] = ResolversParentTypes['CofinancingPaidMonth']> = {
  aconto?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  computed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settlement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingPoint'] = ResolversParentTypes['CofinancingPoint']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perInhabitant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  uncomputedContacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingPreventableRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingPreventableRow'] = ResolversParentTypes['CofinancingPreventableRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['CofinancingLevelValue']>, ParentType, ContextType>;
  per1000Aged65Plus?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingRateSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingRateSet'] = ResolversParentTypes['CofinancingRateSet']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['CofinancingRegime'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CofinancingRule']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CofinancingRegimePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingRegimePeriod'] = ResolversParentTypes['CofinancingRegimePeriod']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CofinancingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingResult'] = ResolversParentTypes['CofinancingResult']> = {
  approximateRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  byAgeGroup?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  byContactType?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  excludedContacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['CofinancingPaid'], ParentType, ContextType>;
  rateSetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['CofinancingRegime'], ParentType, ContextType>;
  separateLedger?: Resolver<ResolversTypes['SeparateLedger'], ParentType, ContextType>;
  shadow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CofinancingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingRule'] = ResolversParentTypes['CofinancingRule']> = {
  ageGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  capStatus?: Resolver<ResolversTypes['RateStatus'], ParentType, ContextType>;
  capUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareStatus?: Resolver<ResolversTypes['RateStatus'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CofinancingSimulationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingSimulation'] = ResolversParentTypes['CofinancingSimulation']> = {
  base?: Resolver<ResolversTypes['CofinancingResult'], ParentType, ContextType>;
  compare?: Resolver<Maybe<ResolversTypes['CofinancingResult']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['CofinancingDifference']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingThemeFResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingThemeF'] = ResolversParentTypes['CofinancingThemeF']> = {
  alternativeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['CofinancingThemeFCell']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CofinancingThemeFCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CofinancingThemeFCell'] = ResolversParentTypes['CofinancingThemeFCell']> = {
  ageAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approximateShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flatAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingRates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  missingShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ComparedValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedValue'] = ResolversParentTypes['ComparedValue']> = {
  a?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  b?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DemoAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DemoAccount'] = ResolversParentTypes['DemoAccount']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grant?: Resolver<Maybe<ResolversTypes['Grant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingFlow'] = ResolversParentTypes['FundingFlow']> = {
  amountOrRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  known?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partiesLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerKind?: Resolver<ResolversTypes['FundingPartyKind'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['FundingPartyKind'], ParentType, ContextType>;
  replacesCofinancing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FundingFlowStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grant'] = ResolversParentTypes['Grant']> = {
  advancedFromYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  amountKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['GrantArea'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['GrantAmountChange']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  hostMunicipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  posts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  splitFrom?: Resolver<Maybe<ResolversTypes['Grant']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrantAmountChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantAmountChange'] = ResolversParentTypes['GrantAmountChange']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newAmountKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousAmountKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type HandoutLanguageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HandoutLanguage'] = ResolversParentTypes['HandoutLanguage']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TextDirection'], ParentType, ContextType>;
  missingTexts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  texts?: Resolver<ResolversTypes['HandoutTexts'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HandoutTextsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HandoutTexts'] = ResolversParentTypes['HandoutTexts']> = {
  about?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessibility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ages?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  alert?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseEnded?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseEndedContact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseEndedShort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseNext?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatDropIn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatHold?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatIndividuel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatOnline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatTelefon?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hello?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interpreter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languages?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notTranslated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partlyDanish?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  printFooter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privacy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readMore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regards?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  smsIntro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  enteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodQuarter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyedAmountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyedAmount'] = ResolversParentTypes['KeyedAmount']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocalAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalAccount'] = ResolversParentTypes['LocalAccount']> = {
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdministrator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type MeetingParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingParticipant'] = ResolversParentTypes['MeetingParticipant']> = {
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  attendanceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  function?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  changes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['MilestoneTimeliness'], ParentType, ContextType>;
  timelinessLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonteCarloSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonteCarloSummary'] = ResolversParentTypes['MonteCarloSummary']> = {
  draws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percentiles?: Resolver<ResolversTypes['NpvPercentiles'], ParentType, ContextType>;
  probabilityPositive?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalConceptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MunicipalConcept'] = ResolversParentTypes['MunicipalConcept']> = {
  addedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MunicipalityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['PopulationFigure']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  socialGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addIndicatorValue?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType, RequireFields<MutationAddIndicatorValueArgs, 'indicatorId' | 'input'>>;
  addMunicipalConceptTerm?: Resolver<ResolversTypes['MunicipalConcept'], ParentType, ContextType, RequireFields<MutationAddMunicipalConceptTermArgs, 'nationalId' | 'term'>>;
  addOfferKeyword?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationAddOfferKeywordArgs, 'keyword' | 'offerId' | 'version'>>;
  addSearchSynonym?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<MutationAddSearchSynonymArgs, 'meaning' | 'term' | 'version'>>;
  assureOffers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<MutationAssureOffersArgs, 'ids' | 'versions'>>;
  changeGrantAmount?: Resolver<ResolversTypes['Grant'], ParentType, ContextType, RequireFields<MutationChangeGrantAmountArgs, 'id' | 'input' | 'version'>>;
  changeProposalStage?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationChangeProposalStageArgs, 'id' | 'input' | 'version'>>;
  closeProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCloseProjectArgs, 'id' | 'input' | 'version'>>;
  commentProposal?: Resolver<ResolversTypes['ProposalComment'], ParentType, ContextType, RequireFields<MutationCommentProposalArgs, 'id' | 'text'>>;
  createAgendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationCreateAgendaItemArgs, 'input' | 'meetingId'>>;
  createBodyMeeting?: Resolver<ResolversTypes['ClusterMeeting'], ParentType, ContextType, RequireFields<MutationCreateBodyMeetingArgs, 'bodyId' | 'input'>>;
  createBudgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationCreateBudgetLineArgs, 'input' | 'themeId'>>;
  createClusterMeeting?: Resolver<ResolversTypes['ClusterMeeting'], ParentType, ContextType, RequireFields<MutationCreateClusterMeetingArgs, 'clusterId' | 'input'>>;
  createFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationCreateFollowUpArgs, 'input'>>;
  createGrant?: Resolver<ResolversTypes['Grant'], ParentType, ContextType, RequireFields<MutationCreateGrantArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input' | 'projectId'>>;
  createMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationCreateMilestoneArgs, 'input' | 'themeId'>>;
  createOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationCreateOfferArgs, 'input'>>;
  createPrice?: Resolver<ResolversTypes['Price'], ParentType, ContextType, RequireFields<MutationCreatePriceArgs, 'input'>>;
  createPriceIndex?: Resolver<ResolversTypes['PriceIndex'], ParentType, ContextType, RequireFields<MutationCreatePriceIndexArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createProjectBudgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationCreateProjectBudgetLineArgs, 'input' | 'projectId'>>;
  createProjectMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationCreateProjectMilestoneArgs, 'input' | 'projectId'>>;
  createProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCreateProposalArgs, 'input'>>;
  createSavedBusinessCase?: Resolver<ResolversTypes['SavedBusinessCase'], ParentType, ContextType, RequireFields<MutationCreateSavedBusinessCaseArgs, 'input' | 'name' | 'reason'>>;
  createStatusReport?: Resolver<ResolversTypes['StatusReport'], ParentType, ContextType, RequireFields<MutationCreateStatusReportArgs, 'input' | 'projectId'>>;
  deleteBudgetLine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteBudgetLineArgs, 'id'>>;
  deleteMilestone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMilestoneArgs, 'id'>>;
  dismissProposalNotice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDismissProposalNoticeArgs, 'commentId'>>;
  followBusinessCaseIndicator?: Resolver<ResolversTypes['SavedBusinessCase'], ParentType, ContextType, RequireFields<MutationFollowBusinessCaseIndicatorArgs, 'id' | 'version'>>;
  handOverFollowUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType, RequireFields<MutationHandOverFollowUpsArgs, 'ids' | 'input' | 'versions'>>;
  handOverSecretariat?: Resolver<ResolversTypes['SecretariatHandOver'], ParentType, ContextType, RequireFields<MutationHandOverSecretariatArgs, 'clusterId' | 'input'>>;
  importOffersCsv?: Resolver<ResolversTypes['OfferImportReport'], ParentType, ContextType, RequireFields<MutationImportOffersCsvArgs, 'csv'>>;
  markReformTransfer?: Resolver<ResolversTypes['ReformTransfer'], ParentType, ContextType, RequireFields<MutationMarkReformTransferArgs, 'input'>>;
  moveProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationMoveProjectArgs, 'id' | 'input' | 'version'>>;
  noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  publishClusterMeeting?: Resolver<ResolversTypes['ClusterMeeting'], ParentType, ContextType, RequireFields<MutationPublishClusterMeetingArgs, 'id' | 'version' | 'what'>>;
  recordDecision?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'id' | 'input' | 'version'>>;
  reportOfferError?: Resolver<ResolversTypes['OfferReport'], ParentType, ContextType, RequireFields<MutationReportOfferErrorArgs, 'message' | 'offerId'>>;
  reportSearchNotOpened?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportSearchNotOpenedArgs, 'text'>>;
  resolveOfferReport?: Resolver<ResolversTypes['OfferReport'], ParentType, ContextType, RequireFields<MutationResolveOfferReportArgs, 'id' | 'version'>>;
  saveBusinessCaseVersion?: Resolver<ResolversTypes['SavedBusinessCase'], ParentType, ContextType, RequireFields<MutationSaveBusinessCaseVersionArgs, 'id' | 'input' | 'reason' | 'version'>>;
  saveCofinancingComparisonSet?: Resolver<ResolversTypes['CofinancingComparisonSet'], ParentType, ContextType, RequireFields<MutationSaveCofinancingComparisonSetArgs, 'input'>>;
  saveCofinancingRateRule?: Resolver<ResolversTypes['CofinancingEditableRule'], ParentType, ContextType, RequireFields<MutationSaveCofinancingRateRuleArgs, 'input'>>;
  saveFundingFlow?: Resolver<ResolversTypes['FundingFlow'], ParentType, ContextType, RequireFields<MutationSaveFundingFlowArgs, 'input'>>;
  saveHandoutLanguage?: Resolver<ResolversTypes['HandoutLanguage'], ParentType, ContextType, RequireFields<MutationSaveHandoutLanguageArgs, 'code' | 'input' | 'version'>>;
  saveMunicipalConcept?: Resolver<ResolversTypes['MunicipalConcept'], ParentType, ContextType, RequireFields<MutationSaveMunicipalConceptArgs, 'input'>>;
  saveOfferTranslation?: Resolver<ResolversTypes['OfferTranslation'], ParentType, ContextType, RequireFields<MutationSaveOfferTranslationArgs, 'input' | 'language' | 'offerId' | 'version'>>;
  sendOfferBySms?: Resolver<ResolversTypes['SendOfferResult'], ParentType, ContextType, RequireFields<MutationSendOfferBySmsArgs, 'offerId' | 'phone'>>;
  sendOfferToCitizen?: Resolver<ResolversTypes['SendOfferResult'], ParentType, ContextType, RequireFields<MutationSendOfferToCitizenArgs, 'email' | 'offerId'>>;
  setAccountDisabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetAccountDisabledArgs, 'disabled' | 'email'>>;
  setCofinancingThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSetCofinancingThresholdArgs, 'percent' | 'version'>>;
  setOfferStatus?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationSetOfferStatusArgs, 'id' | 'status' | 'version'>>;
  signIn?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signInDemo?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSignInDemoArgs, 'role'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  splitGrant?: Resolver<Array<ResolversTypes['Grant']>, ParentType, ContextType, RequireFields<MutationSplitGrantArgs, 'id' | 'input' | 'version'>>;
  updateAgendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationUpdateAgendaItemArgs, 'id' | 'input' | 'version'>>;
  updateBudgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationUpdateBudgetLineArgs, 'id' | 'input' | 'version'>>;
  updateClusterMeeting?: Resolver<ResolversTypes['ClusterMeeting'], ParentType, ContextType, RequireFields<MutationUpdateClusterMeetingArgs, 'id' | 'input' | 'version'>>;
  updateFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationUpdateFollowUpArgs, 'id' | 'input' | 'version'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'id' | 'input' | 'version'>>;
  updateIndicatorValue?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorValueArgs, 'id' | 'input' | 'version'>>;
  updateMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'id' | 'input' | 'version'>>;
  updateOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationUpdateOfferArgs, 'id' | 'input' | 'version'>>;
  updatePrice?: Resolver<ResolversTypes['PriceChangeOutcome'], ParentType, ContextType, RequireFields<MutationUpdatePriceArgs, 'id' | 'input' | 'version'>>;
  updatePriceIndex?: Resolver<ResolversTypes['PriceChangeOutcome'], ParentType, ContextType, RequireFields<MutationUpdatePriceIndexArgs, 'id' | 'input' | 'version'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'id' | 'input' | 'version'>>;
  updateProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationUpdateProposalArgs, 'id' | 'input' | 'version'>>;
  updateSearchSynonyms?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<MutationUpdateSearchSynonymsArgs, 'groups' | 'version'>>;
  updateStatusReport?: Resolver<ResolversTypes['StatusReport'], ParentType, ContextType, RequireFields<MutationUpdateStatusReportArgs, 'id' | 'input' | 'version'>>;
  updateTheme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType, RequireFields<MutationUpdateThemeArgs, 'id' | 'input' | 'version'>>;
};

export type NationalConceptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalConcept'] = ResolversParentTypes['NationalConcept']> = {
  broad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NeedCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeedCategory'] = ResolversParentTypes['NeedCategory']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NpvPercentilesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NpvPercentiles'] = ResolversParentTypes['NpvPercentiles']> = {
  p5?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p10?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p25?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p75?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  accessRoutes?: Resolver<Array<ResolversTypes['AccessRoute']>, ParentType, ContextType>;
  accessibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alert?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assuredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assuredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['OfferChange']>, ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  coursesEnded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intakeNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpreter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDemoData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  languageNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastCourseDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['OfferLocation']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  municipalityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needCategories?: Resolver<Array<ResolversTypes['NeedCategory']>, ParentType, ContextType>;
  nextCourseDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ownerOn?: Resolver<ResolversTypes['OwnerOnDay'], ParentType, ContextType, Partial<OfferOwnerOnArgs>>;
  ownerUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  professionalPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  publicUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<OfferPublicUrlArgs>>;
  schedules?: Resolver<Array<ResolversTypes['OfferSchedule']>, ParentType, ContextType>;
  sendCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tellCitizen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  translation?: Resolver<Maybe<ResolversTypes['OfferTranslation']>, ParentType, ContextType, RequireFields<OfferTranslationArgs, 'language'>>;
  translations?: Resolver<Array<ResolversTypes['OfferTranslation']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferChange'] = ResolversParentTypes['OfferChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OfferImportErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferImportError'] = ResolversParentTypes['OfferImportError']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfferImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferImportReport'] = ResolversParentTypes['OfferImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['OfferImportError']>, ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferLocation'] = ResolversParentTypes['OfferLocation']> = {
  accessibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferReport'] = ResolversParentTypes['OfferReport']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  reportedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferSchedule'] = ResolversParentTypes['OfferSchedule']> = {
  closesAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScheduleKind'], ParentType, ContextType>;
  locationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OfferSearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferSearchHit'] = ResolversParentTypes['OfferSearchHit']> = {
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OfferSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferSearchResult'] = ResolversParentTypes['OfferSearchResult']> = {
  catalogueVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['OfferSearchHit']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  understood?: Resolver<Array<ResolversTypes['QueryChip']>, ParentType, ContextType>;
  unmet?: Resolver<Array<ResolversTypes['QueryChip']>, ParentType, ContextType>;
  withoutFilters?: Resolver<Array<ResolversTypes['OfferSearchHit']>, ParentType, ContextType>;
};

export type OfferTranslationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferTranslation'] = ResolversParentTypes['OfferTranslation']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type OrganisationInTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationInTime'] = ResolversParentTypes['OrganisationInTime']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['OrganisationRef']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['OrganisationRef']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OrganisationRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationRef'] = ResolversParentTypes['OrganisationRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OutboxMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutboxMessage'] = ResolversParentTypes['OutboxMessage']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  hostedGrants?: Resolver<Array<ResolversTypes['Grant']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type OwnerOnDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnerOnDay'] = ResolversParentTypes['OwnerOnDay']> = {
  movedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runsForRegion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaybackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payback'] = ResolversParentTypes['Payback']> = {
  discounted?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  undiscounted?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PopulationFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PopulationFigure'] = ResolversParentTypes['PopulationFigure']> = {
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = {
  amountKr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bearer?: Resolver<ResolversTypes['PriceBearer'], ParentType, ContextType>;
  bearerLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceChangeOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceChangeOutcome'] = ResolversParentTypes['PriceChangeOutcome']> = {
  moved?: Resolver<Array<ResolversTypes['BusinessCaseMove']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType>;
  priceIndex?: Resolver<Maybe<ResolversTypes['PriceIndex']>, ParentType, ContextType>;
  rerun?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceIndex'] = ResolversParentTypes['PriceIndex']> = {
  baseYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['PriceIndexPoint']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceIndexPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceIndexPoint'] = ResolversParentTypes['PriceIndexPoint']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  budgetLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluationMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  evaluationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  lateMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestStatusReport?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  missingStatusReport?: Resolver<Maybe<ResolversTypes['QuarterRef']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  ownerUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  ownership?: Resolver<Array<ResolversTypes['ProjectOwnership']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  statusReports?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroupSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectOwnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectOwnership'] = ResolversParentTypes['ProjectOwnership']> = {
  fromDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProjectPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectPage'] = ResolversParentTypes['ProjectPage']> = {
  items?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  allowedNextStages?: Resolver<Array<ResolversTypes['ProposalStage']>, ParentType, ContextType>;
  businessCases?: Resolver<Array<ResolversTypes['SavedBusinessCase']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ProposalComment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedProjects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needEvidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needSource?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  responsibleUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  stageChanges?: Resolver<Array<ResolversTypes['ProposalStageChange']>, ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treatments?: Resolver<Array<ResolversTypes['ProposalTreatment']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalCommentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalComment'] = ResolversParentTypes['ProposalComment']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replyToId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalNotice'] = ResolversParentTypes['ProposalNotice']> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  commentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalStageChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalStageChange'] = ResolversParentTypes['ProposalStageChange']> = {
  agendaItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bodyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  toStage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  toStageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treatment?: Resolver<Maybe<ResolversTypes['ProposalTreatment']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposalTreatmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalTreatment'] = ResolversParentTypes['ProposalTreatment']> = {
  agendaItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  bodyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicMinutesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicMinutes'] = ResolversParentTypes['PublicMinutes']> = {
  bodyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PublicMinutesItem']>, ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicMinutesItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicMinutesItem'] = ResolversParentTypes['PublicMinutesItem']> = {
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuarterRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterRef'] = ResolversParentTypes['QuarterRef']> = {
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuarterStatusReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterStatusReport'] = ResolversParentTypes['QuarterStatusReport']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['ReportColour'], ParentType, ContextType>;
  colourLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  footnote?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuarterlyReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterlyReport'] = ResolversParentTypes['QuarterlyReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  budget?: Resolver<Array<ResolversTypes['ReportBudgetLine']>, ParentType, ContextType>;
  budgetTotal?: Resolver<ResolversTypes['ReportBudgetTotal'], ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['ReportFootnote']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ReportIndicator']>, ParentType, ContextType>;
  lateItems?: Resolver<Array<ResolversTypes['ReportLateItem']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['ReportProject']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quarterLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ReportTheme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  attentionItems?: Resolver<Array<ResolversTypes['AttentionItem']>, ParentType, ContextType>;
  authConfig?: Resolver<ResolversTypes['AuthConfig'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  bodiesOn?: Resolver<Array<ResolversTypes['OrganisationInTime']>, ParentType, ContextType, Partial<QueryBodiesOnArgs>>;
  businessCase?: Resolver<ResolversTypes['BusinessCaseResult'], ParentType, ContextType, RequireFields<QueryBusinessCaseArgs, 'scenario'>>;
  businessCaseExamples?: Resolver<Array<ResolversTypes['BusinessCaseExample']>, ParentType, ContextType>;
  clusterAttentionItems?: Resolver<Array<ResolversTypes['ClusterAttentionItem']>, ParentType, ContextType>;
  clusterMeeting?: Resolver<Maybe<ResolversTypes['ClusterMeeting']>, ParentType, ContextType, RequireFields<QueryClusterMeetingArgs, 'id'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  cofinancingCard?: Resolver<ResolversTypes['CofinancingCard'], ParentType, ContextType>;
  cofinancingComparisonSets?: Resolver<Array<ResolversTypes['CofinancingComparisonSet']>, ParentType, ContextType>;
  cofinancingEditableRateSets?: Resolver<Array<ResolversTypes['CofinancingEditableRateSet']>, ParentType, ContextType>;
  cofinancingOverview?: Resolver<ResolversTypes['CofinancingOverview'], ParentType, ContextType, RequireFields<QueryCofinancingOverviewArgs, 'fromYear' | 'toYear'>>;
  cofinancingRateSets?: Resolver<Array<ResolversTypes['CofinancingRateSet']>, ParentType, ContextType>;
  cofinancingSimulation?: Resolver<ResolversTypes['CofinancingSimulation'], ParentType, ContextType, RequireFields<QueryCofinancingSimulationArgs, 'activityCsv' | 'ratesId'>>;
  cofinancingThemeF?: Resolver<ResolversTypes['CofinancingThemeF'], ParentType, ContextType, RequireFields<QueryCofinancingThemeFArgs, 'year'>>;
  compareBusinessCaseVersions?: Resolver<ResolversTypes['BusinessCaseComparison'], ParentType, ContextType, RequireFields<QueryCompareBusinessCaseVersionsArgs, 'a' | 'b' | 'id'>>;
  fundingFlows?: Resolver<Array<ResolversTypes['FundingFlow']>, ParentType, ContextType>;
  handoutLanguages?: Resolver<Array<ResolversTypes['HandoutLanguage']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localAccounts?: Resolver<Array<ResolversTypes['LocalAccount']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  municipalVocabulary?: Resolver<Array<ResolversTypes['MunicipalConcept']>, ParentType, ContextType>;
  nationalConcepts?: Resolver<Array<ResolversTypes['NationalConcept']>, ParentType, ContextType>;
  needCategories?: Resolver<Array<ResolversTypes['NeedCategory']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
  offerReports?: Resolver<Array<ResolversTypes['OfferReport']>, ParentType, ContextType, Partial<QueryOfferReportsArgs>>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, Partial<QueryOffersArgs>>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  outbox?: Resolver<Array<ResolversTypes['OutboxMessage']>, ParentType, ContextType>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType>;
  priceIndexes?: Resolver<Array<ResolversTypes['PriceIndex']>, ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectPortfolio?: Resolver<ResolversTypes['ProjectPage'], ParentType, ContextType, RequireFields<QueryProjectPortfolioArgs, 'first' | 'offset'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposalNotices?: Resolver<Array<ResolversTypes['ProposalNotice']>, ParentType, ContextType>;
  proposalOfferOptions?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryProposalOfferOptionsArgs, 'first' | 'search'>>;
  proposalProjectOptions?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProposalProjectOptionsArgs, 'first' | 'search'>>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  publicMinutes?: Resolver<Maybe<ResolversTypes['PublicMinutes']>, ParentType, ContextType, RequireFields<QueryPublicMinutesArgs, 'meetingId'>>;
  publicOffer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryPublicOfferArgs, 'id'>>;
  quarterlyReport?: Resolver<ResolversTypes['QuarterlyReport'], ParentType, ContextType, RequireFields<QueryQuarterlyReportArgs, 'quarter' | 'year'>>;
  reformTransfers?: Resolver<Array<ResolversTypes['ReformCandidate']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  reviewQueue?: Resolver<Array<ResolversTypes['ReviewGroup']>, ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'months'>>;
  savedBusinessCase?: Resolver<Maybe<ResolversTypes['SavedBusinessCase']>, ParentType, ContextType, RequireFields<QuerySavedBusinessCaseArgs, 'id'>>;
  searchMisses?: Resolver<Array<ResolversTypes['SearchMissTerm']>, ParentType, ContextType>;
  searchOffers?: Resolver<ResolversTypes['OfferSearchResult'], ParentType, ContextType, RequireFields<QuerySearchOffersArgs, 'input'>>;
  searchSynonymGroups?: Resolver<Array<ResolversTypes['SearchSynonymGroup']>, ParentType, ContextType>;
  searchSynonyms?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  searchSynonymsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchVocabularyLayer?: Resolver<Array<ResolversTypes['SearchLayerConcept']>, ParentType, ContextType>;
  searchesNotOpened?: Resolver<Array<ResolversTypes['SearchMissTerm']>, ParentType, ContextType>;
  socialGroups?: Resolver<Array<ResolversTypes['SocialGroup']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type QueryChipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueryChip'] = ResolversParentTypes['QueryChip']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RealisedEffectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealisedEffect'] = ResolversParentTypes['RealisedEffect']> = {
  choices?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  factor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realisedGrossSuccessRatePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  realisedResult?: Resolver<Maybe<ResolversTypes['BusinessCaseResult']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['RealisedYear']>, ParentType, ContextType>;
};

export type RealisedYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealisedYear'] = ResolversParentTypes['RealisedYear']> = {
  caseYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  realised?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReformCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReformCandidate'] = ResolversParentTypes['ReformCandidate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReformRecordKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transfer?: Resolver<Maybe<ResolversTypes['ReformTransfer']>, ParentType, ContextType>;
};

export type ReformTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReformTransfer'] = ResolversParentTypes['ReformTransfer']> = {
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moves?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runsForRegion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType>;
  taskLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ReportBudgetLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportBudgetLine'] = ResolversParentTypes['ReportBudgetLine']> = {
  actualFootnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  actualKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  amountKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  differenceKr?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportBudgetTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportBudgetTotal'] = ResolversParentTypes['ReportBudgetTotal']> = {
  actualKr?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountKr?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differenceKr?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReportFootnoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportFootnote'] = ResolversParentTypes['ReportFootnote']> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportIndicator'] = ResolversParentTypes['ReportIndicator']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetFootnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReportLateItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportLateItem'] = ResolversParentTypes['ReportLateItem']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  footnote?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttentionKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportMilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportMilestone'] = ResolversParentTypes['ReportMilestone']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['MilestoneTimeliness'], ParentType, ContextType>;
  timelinessLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportProject'] = ResolversParentTypes['ReportProject']> = {
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['ReportMilestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportMissing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusReport?: Resolver<Maybe<ResolversTypes['QuarterStatusReport']>, ParentType, ContextType>;
};

export type ReportThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportTheme'] = ResolversParentTypes['ReportTheme']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  footnote?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['ReportMilestone']>, ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewGroup'] = ResolversParentTypes['ReviewGroup']> = {
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  ownerUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type SavedBusinessCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedBusinessCase'] = ResolversParentTypes['SavedBusinessCase']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paybackText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousResult?: Resolver<Maybe<ResolversTypes['BusinessCaseResult']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  proposalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  realised?: Resolver<Maybe<ResolversTypes['RealisedEffect']>, ParentType, ContextType>;
  rerunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rerunReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['BusinessCaseResult']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  templateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['BusinessCaseVersion']>, ParentType, ContextType>;
};

export type SearchLayerConceptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchLayerConcept'] = ResolversParentTypes['SearchLayerConcept']> = {
  addedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchMissTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchMissTerm'] = ResolversParentTypes['SearchMissTerm']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchSynonymGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSynonymGroup'] = ResolversParentTypes['SearchSynonymGroup']> = {
  broad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SecretariatHandOverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecretariatHandOver'] = ResolversParentTypes['SecretariatHandOver']> = {
  accountsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  handedOverAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  includeDrafts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  successor?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SendOfferResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendOfferResult'] = ResolversParentTypes['SendOfferResult']> = {
  sendCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeparateLedgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeparateLedger'] = ResolversParentTypes['SeparateLedger']> = {
  byContactType?: Resolver<Array<ResolversTypes['KeyedAmount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SocialGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialGroup'] = ResolversParentTypes['SocialGroup']> = {
  entries?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['ReportColour'], ParentType, ContextType>;
  colourLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quarterLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SwitchingValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SwitchingValue'] = ResolversParentTypes['SwitchingValue']> = {
  parameter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  budgetLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ThemeKind'], ParentType, ContextType>;
  lateMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  responsibleUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkStatus'], ParentType, ContextType>;
  timeFrame?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TornadoRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TornadoRow'] = ResolversParentTypes['TornadoRow']> = {
  base?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  npvHigh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  npvLow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  parameter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  swing?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdministrator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AttentionItem?: AttentionItemResolvers<ContextType>;
  AuthConfig?: AuthConfigResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  BodyMember?: BodyMemberResolvers<ContextType>;
  BreakEven?: BreakEvenResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BusinessCaseBearer?: BusinessCaseBearerResolvers<ContextType>;
  BusinessCaseComparison?: BusinessCaseComparisonResolvers<ContextType>;
  BusinessCaseExample?: BusinessCaseExampleResolvers<ContextType>;
  BusinessCaseMove?: BusinessCaseMoveResolvers<ContextType>;
  BusinessCaseResult?: BusinessCaseResultResolvers<ContextType>;
  BusinessCaseVersion?: BusinessCaseVersionResolvers<ContextType>;
  BusinessCaseYear?: BusinessCaseYearResolvers<ContextType>;
  ChangeEntry?: ChangeEntryResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterAttentionItem?: ClusterAttentionItemResolvers<ContextType>;
  ClusterChangeEntry?: ClusterChangeEntryResolvers<ContextType>;
  ClusterMeeting?: ClusterMeetingResolvers<ContextType>;
  ClusterMember?: ClusterMemberResolvers<ContextType>;
  CofinancingBreakdownRow?: CofinancingBreakdownRowResolvers<ContextType>;
  CofinancingCard?: CofinancingCardResolvers<ContextType>;
  CofinancingComparison?: CofinancingComparisonResolvers<ContextType>;
  CofinancingComparisonSet?: CofinancingComparisonSetResolvers<ContextType>;
  CofinancingDifference?: CofinancingDifferenceResolvers<ContextType>;
  CofinancingEditableRateSet?: CofinancingEditableRateSetResolvers<ContextType>;
  CofinancingEditableRule?: CofinancingEditableRuleResolvers<ContextType>;
  CofinancingImportBatch?: CofinancingImportBatchResolvers<ContextType>;
  CofinancingLevelValue?: CofinancingLevelValueResolvers<ContextType>;
  CofinancingOverview?: CofinancingOverviewResolvers<ContextType>;
  CofinancingPaid?: CofinancingPaidResolvers<ContextType>;
  CofinancingPaidMonth?: CofinancingPaidMonthResolvers<ContextType>;
  CofinancingPoint?: CofinancingPointResolvers<ContextType>;
  CofinancingPreventableRow?: CofinancingPreventableRowResolvers<ContextType>;
  CofinancingRateSet?: CofinancingRateSetResolvers<ContextType>;
  CofinancingRegimePeriod?: CofinancingRegimePeriodResolvers<ContextType>;
  CofinancingResult?: CofinancingResultResolvers<ContextType>;
  CofinancingRule?: CofinancingRuleResolvers<ContextType>;
  CofinancingSimulation?: CofinancingSimulationResolvers<ContextType>;
  CofinancingThemeF?: CofinancingThemeFResolvers<ContextType>;
  CofinancingThemeFCell?: CofinancingThemeFCellResolvers<ContextType>;
  ComparedValue?: ComparedValueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DemoAccount?: DemoAccountResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FundingFlow?: FundingFlowResolvers<ContextType>;
  Grant?: GrantResolvers<ContextType>;
  GrantAmountChange?: GrantAmountChangeResolvers<ContextType>;
  HandoutLanguage?: HandoutLanguageResolvers<ContextType>;
  HandoutTexts?: HandoutTextsResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyedAmount?: KeyedAmountResolvers<ContextType>;
  LocalAccount?: LocalAccountResolvers<ContextType>;
  MeetingParticipant?: MeetingParticipantResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MonteCarloSummary?: MonteCarloSummaryResolvers<ContextType>;
  MunicipalConcept?: MunicipalConceptResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalConcept?: NationalConceptResolvers<ContextType>;
  NeedCategory?: NeedCategoryResolvers<ContextType>;
  NpvPercentiles?: NpvPercentilesResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferChange?: OfferChangeResolvers<ContextType>;
  OfferImportError?: OfferImportErrorResolvers<ContextType>;
  OfferImportReport?: OfferImportReportResolvers<ContextType>;
  OfferLocation?: OfferLocationResolvers<ContextType>;
  OfferReport?: OfferReportResolvers<ContextType>;
  OfferSchedule?: OfferScheduleResolvers<ContextType>;
  OfferSearchHit?: OfferSearchHitResolvers<ContextType>;
  OfferSearchResult?: OfferSearchResultResolvers<ContextType>;
  OfferTranslation?: OfferTranslationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrganisationInTime?: OrganisationInTimeResolvers<ContextType>;
  OrganisationRef?: OrganisationRefResolvers<ContextType>;
  OutboxMessage?: OutboxMessageResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  OwnerOnDay?: OwnerOnDayResolvers<ContextType>;
  Payback?: PaybackResolvers<ContextType>;
  PopulationFigure?: PopulationFigureResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  PriceChangeOutcome?: PriceChangeOutcomeResolvers<ContextType>;
  PriceIndex?: PriceIndexResolvers<ContextType>;
  PriceIndexPoint?: PriceIndexPointResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectOwnership?: ProjectOwnershipResolvers<ContextType>;
  ProjectPage?: ProjectPageResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalComment?: ProposalCommentResolvers<ContextType>;
  ProposalNotice?: ProposalNoticeResolvers<ContextType>;
  ProposalStageChange?: ProposalStageChangeResolvers<ContextType>;
  ProposalTreatment?: ProposalTreatmentResolvers<ContextType>;
  PublicMinutes?: PublicMinutesResolvers<ContextType>;
  PublicMinutesItem?: PublicMinutesItemResolvers<ContextType>;
  QuarterRef?: QuarterRefResolvers<ContextType>;
  QuarterStatusReport?: QuarterStatusReportResolvers<ContextType>;
  QuarterlyReport?: QuarterlyReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueryChip?: QueryChipResolvers<ContextType>;
  RealisedEffect?: RealisedEffectResolvers<ContextType>;
  RealisedYear?: RealisedYearResolvers<ContextType>;
  ReformCandidate?: ReformCandidateResolvers<ContextType>;
  ReformTransfer?: ReformTransferResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportBudgetLine?: ReportBudgetLineResolvers<ContextType>;
  ReportBudgetTotal?: ReportBudgetTotalResolvers<ContextType>;
  ReportFootnote?: ReportFootnoteResolvers<ContextType>;
  ReportIndicator?: ReportIndicatorResolvers<ContextType>;
  ReportLateItem?: ReportLateItemResolvers<ContextType>;
  ReportMilestone?: ReportMilestoneResolvers<ContextType>;
  ReportProject?: ReportProjectResolvers<ContextType>;
  ReportTheme?: ReportThemeResolvers<ContextType>;
  ReviewGroup?: ReviewGroupResolvers<ContextType>;
  SavedBusinessCase?: SavedBusinessCaseResolvers<ContextType>;
  SearchLayerConcept?: SearchLayerConceptResolvers<ContextType>;
  SearchMissTerm?: SearchMissTermResolvers<ContextType>;
  SearchSynonymGroup?: SearchSynonymGroupResolvers<ContextType>;
  SecretariatHandOver?: SecretariatHandOverResolvers<ContextType>;
  SendOfferResult?: SendOfferResultResolvers<ContextType>;
  SeparateLedger?: SeparateLedgerResolvers<ContextType>;
  SocialGroup?: SocialGroupResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  SwitchingValue?: SwitchingValueResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TornadoRow?: TornadoRowResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
  uncached?: UncachedDirectiveResolver<any, any, ContextType>;
};
