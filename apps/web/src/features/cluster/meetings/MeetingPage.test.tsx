import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { viewer } from '../../../../test/fixtures';
import { ME_QUERY } from '../../auth/useViewer';
import { MeetingPage } from './MeetingPage';
import { draftMeeting } from './meetingFixtures';
import { CLUSTER_MEETING_QUERY, type MeetingData } from './meetingQueries';

const meMock = (role: Parameters<typeof viewer>[0]) =>
  mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer(role) } } });
const meetingMock = (meeting: MeetingData | null) =>
  mocked({
    request: { query: CLUSTER_MEETING_QUERY, variables: { id: 'cm-9' } },
    result: { data: { clusterMeeting: meeting } },
  });

function renderMeeting(mocks: Parameters<typeof renderRoute>[1]['mocks']) {
  return renderRoute(<MeetingPage />, { path: '/klynge/moeder/cm-9', pattern: '/klynge/moeder/:id', mocks });
}

describe('MeetingPage', () => {
  it('says that it is loading, then shows the draft with the secretariat’s actions', async () => {
    renderMeeting([{ ...meetingMock(draftMeeting), delay: 50 }, meMock('klyngesekretariat')]);
    expect(screen.getByRole('status')).toHaveTextContent('Henter data …');
    expect(await screen.findByRole('heading', { level: 1, name: draftMeeting.title })).toBeInTheDocument();
    expect(screen.getByText('Kladde: kun sekretariatet kan se mødet')).toBeInTheDocument();
    // Times as Danish writes them, a full stop between hours and minutes; stored and sent as "14:00".
    expect(screen.getByText(/^20\.1\.2027 kl\. 14\.00–16\.00 · Teams/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Offentliggør dagsorden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent kalenderfil (.ics)' })).toHaveAttribute(
      'href',
      '/api/cluster/meetings/cm-9.ics',
    );
    const item = screen.getByRole('heading', { level: 3, name: /Punkt 1: Klyngemidler 2027/ }).closest('li')!;
    expect(within(item).getByText('at midlerne fordeles som foreslået')).toBeInTheDocument();
    expect(
      within(item).getByText('Beslutninger kan registreres, når dagsordenen er offentliggjort.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tilføj punkt' })).toBeInTheDocument();
  });

  it('is read-only for the director (a published meeting)', async () => {
    const published = { ...draftMeeting, agendaPublishedAt: '2027-01-10T09:00:00.000Z' };
    renderMeeting([meetingMock(published), meMock('direktoer')]);
    expect(await screen.findByRole('heading', { level: 1, name: draftMeeting.title })).toBeInTheDocument();
    expect(screen.getByText(/^Dagsorden offentliggjort/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Offentliggør/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj punkt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rediger møde' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry button', async () => {
    renderMeeting([
      { request: { query: CLUSTER_MEETING_QUERY, variables: { id: 'cm-9' } }, error: new Error('Failed to fetch') },
      meMock('direktoer'),
    ]);
    expect(await screen.findByText('Data kunne ikke hentes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });

  it('says when the meeting does not exist or is a draft the reader may not see', async () => {
    renderMeeting([meetingMock(null), meMock('direktoer')]);
    expect(await screen.findByText('Mødet findes ikke, eller du har ikke adgang til det.')).toBeInTheDocument();
  });

  it('shows the empty agenda and participants', async () => {
    renderMeeting([meetingMock({ ...draftMeeting, agendaItems: [], participants: [] }), meMock('direktoer')]);
    expect(await screen.findByText('Der er ingen punkter på dagsordenen endnu.')).toBeInTheDocument();
    expect(screen.getByText('Ingen deltagere registreret.')).toBeInTheDocument();
  });

  it('lets the staff unit record a Sundhedsforum meeting, with the proposal an item treats and no grants (ADR 047)', async () => {
    const forum: MeetingData = {
      ...draftMeeting,
      title: 'Møde i Sundhedsforum',
      cluster: null,
      body: { __typename: 'Body', id: 'b-forum', name: 'Sundhedsforum' },
      agendaPublishedAt: '2027-01-10T09:00:00.000Z',
      agendaItems: [
        {
          ...draftMeeting.agendaItems[0]!,
          title: 'Kvalificering',
          proposalId: 'p-1',
          proposalTitle: 'Sundhed for hjemløse',
          outcome: 'APPROVED',
          outcomeLabel: 'Godkendt som indstillet',
        },
      ],
    };
    renderMeeting([meetingMock(forum), meMock('sundhedsstab')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Møde i Sundhedsforum' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til møder i egne fora' })).toHaveAttribute(
      'href',
      '/forslag/moeder',
    );
    expect(await screen.findByRole('link', { name: 'Rediger møde' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Offentliggør protokol' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sundhed for hjemløse' })).toHaveAttribute('href', '/forslag/p-1');
    // Grants and follow-up points are the cluster's: none on a body's meeting.
    expect(screen.queryByText(/Bevilling/)).not.toBeInTheDocument();
  });

  it('keeps a Sundhedsforum meeting read-only for the cluster secretariat', async () => {
    const forum: MeetingData = {
      ...draftMeeting,
      cluster: null,
      body: { __typename: 'Body', id: 'b-forum', name: 'Sundhedsforum' },
      agendaPublishedAt: '2027-01-10T09:00:00.000Z',
    };
    renderMeeting([meetingMock(forum), meMock('klyngesekretariat')]);
    expect(await screen.findByRole('heading', { level: 1, name: draftMeeting.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rediger møde' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj punkt' })).not.toBeInTheDocument();
  });
});
