import { graphql } from '../../../__generated__';
import type { ClusterMeetingQuery, PublicMinutesQuery } from '../../../__generated__/graphql';

type StoredMeeting = NonNullable<ClusterMeetingQuery['clusterMeeting']>;
/** A cluster's meeting (the screens here are the cluster secretariat's; a body's meeting has no cluster). */
export type MeetingData = StoredMeeting & { cluster: NonNullable<StoredMeeting['cluster']> };
export const isClusterMeeting = (m: StoredMeeting | null | undefined): m is MeetingData => m?.cluster != null;
export type AgendaItemData = MeetingData['agendaItems'][number];
export type MeetingGrantData = MeetingData['cluster']['grants'][number];
export type FollowUpData = MeetingData['cluster']['followUps'][number];
export type PublicMinutesData = NonNullable<PublicMinutesQuery['publicMinutes']>;

export const FOLLOW_UP_FIELDS = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    text
    responsible
    dueDate
    status
    statusLabel
    overdue
    doneOn
    reportedBy
    note
    grant {
      id
    }
    agendaItem {
      id
    }
    version
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on ClusterMeeting {
    id
    date
    title
    place
    startTime
    endTime
    kind
    kindLabel
    agendaPublishedAt
    minutesPublishedAt
    version
    participants {
      id
      organisation
      function
      attendance
      attendanceLabel
    }
    source {
      ...SourceFields
    }
  }
`);

export const AGENDA_ITEM_FIELDS = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    number
    title
    background
    recommendation
    expectedMinutes
    journalNumber
    attachments
    outcome
    outcomeLabel
    decision
    decidedOn
    version
    source {
      ...SourceFields
    }
  }
`);

/** One meeting with its items, and the cluster's grants and follow-up points the decisions point at. */
export const CLUSTER_MEETING_QUERY = graphql(`
  query ClusterMeeting($id: ID!) {
    clusterMeeting(id: $id) {
      ...MeetingFields
      agendaItems {
        ...AgendaItemFields
      }
      cluster {
        id
        name
        kind
        members {
          id
          name
          municipality {
            id
            name
          }
        }
        grants {
          ...GrantFields
          yearTo
          advancedFromYear
          version
          splitFrom {
            id
            title
          }
        }
        followUps {
          ...FollowUpFields
        }
      }
    }
  }
`);

/** Published minutes of a political body's meeting, for anyone (no sign-in). */
export const PUBLIC_MINUTES_QUERY = graphql(`
  query PublicMinutes($meetingId: ID!) {
    publicMinutes(meetingId: $meetingId) {
      id
      bodyName
      title
      date
      startTime
      place
      kindLabel
      items {
        number
        title
        recommendation
        outcomeLabel
        decision
      }
    }
  }
`);
