import { graphql } from '../../../__generated__';
import type { ClusterMeetingQuery, PublicMinutesQuery } from '../../../__generated__/graphql';

/**
 * A meeting of a cluster (recorded by its secretariat) or of one of the municipality's own bodies,
 * Sundhedsforum and "Sammen om sundhed" (recorded by the staff unit; no grants or follow-ups), ADR 047.
 */
export type MeetingData = NonNullable<ClusterMeetingQuery['clusterMeeting']>;
type ClusterOwner = NonNullable<MeetingData['cluster']>;
export type AgendaItemData = MeetingData['agendaItems'][number];
export type MeetingGrantData = ClusterOwner['grants'][number];
export type FollowUpData = ClusterOwner['followUps'][number];

/** Who holds the meeting, as the screens need it: name, the role that records it, and the cluster's records. */
export function ownerOf(m: MeetingData) {
  return {
    name: m.cluster?.name ?? m.body?.name ?? '',
    isBody: m.cluster == null,
    /** Published minutes of a political body have a public page (the server decides which). */
    political: m.cluster != null && m.cluster.kind !== 'ADMINISTRATIVE',
    members: m.cluster?.members ?? [],
    grants: m.cluster?.grants ?? [],
    followUps: m.cluster?.followUps ?? [],
    /** Where "back" goes: the cluster page, or the list of the municipality's bodies' meetings. */
    home: m.cluster ? '/klynge' : '/forslag/moeder',
  };
}

/** The role that records this meeting: the cluster's secretariat, or the staff unit for its own bodies. */
export const recordsMeeting = (role: string | null | undefined, m: MeetingData) =>
  m.cluster ? role === 'klyngesekretariat' : role === 'sundhedsstab';
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
    proposalId
    proposalTitle
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
      body {
        id
        name
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
