import { graphql } from '../../../__generated__';

const refetch = { refetchQueries: ['ClusterMeeting', 'Clusters'], awaitRefetchQueries: true };
/** Every meeting mutation refreshes the meeting page and the cluster page. */
export const meetingRefetch = refetch;

export const CREATE_MEETING_MUTATION = graphql(`
  mutation CreateClusterMeeting($clusterId: ID!, $input: MeetingInput!) {
    createClusterMeeting(clusterId: $clusterId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const CREATE_BODY_MEETING_MUTATION = graphql(`
  mutation CreateBodyMeeting($bodyId: ID!, $input: MeetingInput!) {
    createBodyMeeting(bodyId: $bodyId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const UPDATE_MEETING_MUTATION = graphql(`
  mutation UpdateClusterMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {
    updateClusterMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);

export const PUBLISH_MEETING_MUTATION = graphql(`
  mutation PublishClusterMeeting($id: ID!, $version: Int!, $what: MeetingPublication!) {
    publishClusterMeeting(id: $id, version: $version, what: $what) {
      ...MeetingFields
    }
  }
`);

export const CREATE_AGENDA_ITEM_MUTATION = graphql(`
  mutation CreateAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    createAgendaItem(meetingId: $meetingId, input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const UPDATE_AGENDA_ITEM_MUTATION = graphql(`
  mutation UpdateAgendaItem($id: ID!, $version: Int!, $input: AgendaItemInput!) {
    updateAgendaItem(id: $id, version: $version, input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const RECORD_DECISION_MUTATION = graphql(`
  mutation RecordDecision($id: ID!, $version: Int!, $input: DecisionInput!) {
    recordDecision(id: $id, version: $version, input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const CREATE_GRANT_MUTATION = graphql(`
  mutation CreateGrant($input: GrantInput!) {
    createGrant(input: $input) {
      id
      version
    }
  }
`);

export const CHANGE_GRANT_AMOUNT_MUTATION = graphql(`
  mutation ChangeGrantAmount($id: ID!, $version: Int!, $input: GrantAmountInput!) {
    changeGrantAmount(id: $id, version: $version, input: $input) {
      id
      amountKr
      version
    }
  }
`);

export const SPLIT_GRANT_MUTATION = graphql(`
  mutation SplitGrant($id: ID!, $version: Int!, $input: GrantSplitInput!) {
    splitGrant(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const CREATE_FOLLOW_UP_MUTATION = graphql(`
  mutation CreateFollowUp($input: FollowUpInput!) {
    createFollowUp(input: $input) {
      ...FollowUpFields
    }
  }
`);

export const UPDATE_FOLLOW_UP_MUTATION = graphql(`
  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: FollowUpInput!) {
    updateFollowUp(id: $id, version: $version, input: $input) {
      ...FollowUpFields
    }
  }
`);
