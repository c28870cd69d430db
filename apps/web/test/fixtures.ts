// Test data shaped exactly like the API's answers (with __typename, as Apollo's cache expects).
import type { OverviewQuery, SourceFieldsFragment } from '../src/__generated__/graphql';
import type { ViewerData } from '../src/features/auth/viewerFields';
import type {
  BodyData,
  BudgetLineData,
  GrantData,
  MilestoneData,
  OverviewThemeData,
} from '../src/features/overview/fragments';

export const strategySource: SourceFieldsFragment = {
  __typename: 'Source',
  id: 'src-strategy',
  documentKey: 'strategi-2016',
  title: 'Strategi for sundhedsområdet 2016–2017',
  section: 'Tema C',
  date: '2016-06-01',
  url: null,
  note: 'Sundhedskoordinator 15 t/uge',
};

export const meetingSource: SourceFieldsFragment = {
  __typename: 'Source',
  id: 'src-meeting',
  documentKey: 'klynge-2023-04-26',
  title: 'Referat, Politisk Sundhedsklynge Syd',
  section: 'Punkt 4',
  date: '2023-04-26',
  url: null,
  note: null,
};

export function viewer(role: ViewerData['role'] = 'direktoer'): ViewerData {
  return {
    __typename: 'Viewer',
    id: `user-${role}`,
    email: `${role}@ishoj.dk`,
    name: 'Dorte Direktør',
    role,
    isAdministrator: false,
    municipality:
      role === 'klyngesekretariat' ? null : { __typename: 'Municipality', id: 'm-ishoj', name: 'Ishøj Kommune' },
    cluster:
      role === 'klyngesekretariat' ? { __typename: 'Cluster', id: 'c-syd', name: 'Politisk Sundhedsklynge Syd' } : null,
  };
}

/** A milestone as the overview and theme page read it: with its computed timeliness (issue 9). */
export type TimedMilestoneData = MilestoneData & OverviewThemeData['milestones'][number];

export function milestone(
  id: string,
  year: number,
  quarter: number | null,
  text: string,
  status: MilestoneData['status'] = 'DONE',
  timeliness: TimedMilestoneData['timeliness'] = status === 'DONE' ? 'DONE' : 'UPCOMING',
): TimedMilestoneData {
  const timelinessLabel = {
    UPCOMING: 'Til tiden',
    LATE: 'Forsinket',
    DONE: 'Færdig',
    DONE_LATE: 'Færdig for sent',
    CANCELLED: 'Aflyst',
  }[timeliness];
  return {
    __typename: 'Milestone',
    id,
    year,
    quarter,
    date: null,
    text,
    status,
    source: strategySource,
    timeliness,
    timelinessLabel,
    completedOn: null,
  };
}

export function budgetLine(
  id: string,
  year: number,
  amountKr: number | null,
  staffHours: number | null = null,
): BudgetLineData {
  return {
    __typename: 'BudgetLine',
    id,
    year,
    description: amountKr ? 'Sundhedskoordinator og drift' : 'Personaletimer',
    amountKr,
    staffHours,
    hoursUnit: staffHours == null ? null : 'PER_WEEK',
    fundingSource: null,
    source: strategySource,
  };
}

export function theme(code: string, title: string, extra: Partial<OverviewThemeData> = {}): OverviewThemeData {
  return {
    __typename: 'Theme',
    id: `t-${code}`,
    code,
    title,
    kind: 'CITIZEN',
    status: 'IN_PROGRESS',
    timeFrame: null,
    lateMilestoneCount: 0,
    milestones: [],
    budgetLines: [],
    source: strategySource,
    ...extra,
  };
}

export const healthForum: BodyData = {
  __typename: 'Body',
  id: 'b-forum',
  name: 'Sundhedsforum',
  kind: 'HEALTH_FORUM',
  ownerName: 'Ishøj Kommune',
  mandate: 'Kvalificerer forslag til nye indsatser.',
  tasks: ['Indkalder til møder'],
  meetingCadence: 'Kvartalsvis',
  timeCost: null,
  members: [
    {
      __typename: 'BodyMember',
      id: 'bm-1',
      role: 'CHAIR',
      name: 'Sundhedsstaben',
      function: 'leder af Sundhedsstaben',
    },
    { __typename: 'BodyMember', id: 'bm-2', role: 'MEMBER', name: 'Center for Socialservice', function: null },
  ],
  source: strategySource,
};

export const breastfeedingGrant: GrantData = {
  __typename: 'Grant',
  id: 'g-amme',
  area: 'SOMATIC',
  title: 'Den gode start på livet – fælles ammeindsats',
  purpose: null,
  targetGroup: null,
  year: 2023,
  amountKr: 1_000_000,
  hostMunicipality: null,
  posts: null,
  changes: [
    {
      __typename: 'GrantAmountChange',
      id: 'gc-1',
      previousAmountKr: 500_000,
      newAmountKr: 1_000_000,
      effectiveDate: '2023-04-26',
      note: null,
      agendaItem: {
        __typename: 'AgendaItem',
        id: 'ai-4',
        number: 4,
        title: 'Klyngemidler 2023',
        meeting: { __typename: 'ClusterMeeting', id: 'cm-1', date: '2023-04-26' },
      },
      source: meetingSource,
    },
  ],
  source: meetingSource,
};

export const transitionGrant: GrantData = {
  ...breastfeedingGrant,
  id: 'g-overgang',
  title: 'Den gode overgang – fra indlæggelse til udskrivelse',
  amountKr: null,
  changes: [],
};

export function overviewData(): OverviewQuery {
  return {
    overview: {
      __typename: 'Overview',
      municipality: { __typename: 'Municipality', id: 'm-ishoj', name: 'Ishøj Kommune' },
      themes: [
        theme('A', 'Koordinering af sundhedsindsatsen', {
          kind: 'INTERNAL',
          milestones: [
            milestone('ms-a1', 2016, 3, 'Kortlægning af tilbud'),
            milestone('ms-a2', 2017, 1, 'Værktøj færdigt', 'IN_PROGRESS'),
          ],
        }),
        theme('C', 'Sundhed for hjemløse', {
          milestones: [milestone('ms-c1', 2016, 4, 'Projektudvikling', 'PLANNED')],
          budgetLines: [budgetLine('bl-c1', 2017, 200_000, 15)],
        }),
      ],
      bodies: [healthForum],
      clusters: [
        {
          __typename: 'Cluster',
          id: 'c-syd',
          name: 'Politisk Sundhedsklynge Syd',
          grants: [breastfeedingGrant, transitionGrant],
        },
      ],
    },
  };
}

export function emptyOverviewData(): OverviewQuery {
  return {
    overview: {
      __typename: 'Overview',
      municipality: { __typename: 'Municipality', id: 'm-ishoj', name: 'Ishøj Kommune' },
      themes: [],
      bodies: [],
      clusters: [],
    },
  };
}
