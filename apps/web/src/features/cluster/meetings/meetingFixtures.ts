import type { AgendaItemData, MeetingData } from './meetingQueries';

/** A draft meeting of the political cluster with one undecided item (component tests). */
export const draftItem: AgendaItemData = {
  __typename: 'AgendaItem',
  id: 'ai-1',
  number: 1,
  title: 'Klyngemidler 2027',
  background: 'Klyngen har 2 mio. kr. til fordeling.',
  recommendation: 'at midlerne fordeles som foreslået',
  expectedMinutes: 20,
  journalNumber: '27.00.00-A00-1-27',
  attachments: ['https://example.org/bilag.pdf'],
  proposalId: null,
  proposalTitle: null,
  outcome: null,
  outcomeLabel: null,
  decision: null,
  decidedOn: null,
  version: 1,
  source: null,
};

export const draftMeeting: MeetingData = {
  __typename: 'ClusterMeeting',
  id: 'cm-9',
  date: '2027-01-20',
  title: 'Møde i Politisk Sundhedsklynge Syd',
  place: 'Teams',
  startTime: '14:00',
  endTime: '16:00',
  kind: 'ORDINARY',
  kindLabel: 'Ordinært møde',
  agendaPublishedAt: null,
  minutesPublishedAt: null,
  version: 1,
  participants: [
    {
      __typename: 'MeetingParticipant',
      id: 'mp-1',
      organisation: 'Ishøj Kommune',
      function: 'borgmester',
      attendance: 'INVITED',
      attendanceLabel: 'Inviteret',
    },
  ],
  source: null,
  agendaItems: [draftItem],
  body: null,
  cluster: {
    __typename: 'Cluster',
    id: 'c-syd',
    name: 'Politisk Sundhedsklynge Syd',
    kind: 'POLITICAL',
    members: [
      {
        __typename: 'ClusterMember',
        id: 'cmem-1',
        name: 'Ishøj Kommune',
        municipality: { __typename: 'Municipality', id: 'm-ishoj', name: 'Ishøj' },
      },
    ],
    grants: [],
    followUps: [],
  },
};
