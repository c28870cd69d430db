import type {
  BodyKind,
  GrantArea,
  HoursUnit,
  MemberRole,
  SourceData,
  ThemeKind,
  WorkStatus,
} from '../../graphql/schemaTypes';

export interface MilestoneData {
  __typename?: 'Milestone';
  id: string;
  year: number;
  quarter: number | null;
  date: string | null;
  text: string;
  status: WorkStatus;
  source: SourceData | null;
}

export interface BudgetLineData {
  __typename?: 'BudgetLine';
  id: string;
  year: number;
  description: string;
  amountKr: number | null;
  staffHours: number | null;
  hoursUnit: HoursUnit | null;
  fundingSource: string | null;
  source: SourceData | null;
}

export interface OverviewThemeData {
  __typename?: 'Theme';
  id: string;
  code: string;
  title: string;
  kind: ThemeKind;
  status: WorkStatus;
  timeFrame: string | null;
  milestones: MilestoneData[];
  budgetLines: BudgetLineData[];
  source: SourceData | null;
}

export interface BodyMemberData {
  __typename?: 'BodyMember';
  id: string;
  role: MemberRole;
  name: string;
  function: string | null;
}

export interface BodyData {
  __typename?: 'Body';
  id: string;
  name: string;
  kind: BodyKind;
  ownerName: string;
  mandate: string | null;
  tasks: string[];
  meetingCadence: string | null;
  timeCost: string | null;
  members: BodyMemberData[];
  source: SourceData | null;
}

export interface GrantChangeData {
  __typename?: 'GrantAmountChange';
  id: string;
  previousAmountKr: number | null;
  newAmountKr: number | null;
  effectiveDate: string;
  note: string | null;
  agendaItem: {
    __typename?: 'AgendaItem';
    id: string;
    number: number;
    title: string;
    meeting: { __typename?: 'ClusterMeeting'; id: string; date: string };
  } | null;
  source: SourceData | null;
}

export interface GrantData {
  __typename?: 'Grant';
  id: string;
  area: GrantArea;
  title: string;
  purpose: string | null;
  targetGroup: string | null;
  year: number;
  amountKr: number | null;
  hostMunicipality: { __typename?: 'Municipality'; id: string; name: string } | null;
  posts: string | null;
  changes: GrantChangeData[];
  source: SourceData | null;
}

export interface OverviewData {
  overview: {
    __typename?: 'Overview';
    municipality: { __typename?: 'Municipality'; id: string; name: string };
    themes: OverviewThemeData[];
    bodies: BodyData[];
    clusters: { __typename?: 'Cluster'; id: string; name: string; grants: GrantData[] }[];
  };
}
