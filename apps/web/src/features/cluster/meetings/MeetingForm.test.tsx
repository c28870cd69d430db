import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { CREATE_MEETING_MUTATION, UPDATE_MEETING_MUTATION } from './meetingMutations';
import { draftMeeting } from './meetingFixtures';
import { MeetingForm } from './MeetingForm';

const { agendaItems: _items, cluster: _cluster, ...meetingFields } = draftMeeting;

/** The form's own field with a label (the source fieldset below repeats "Titel", "Dato" and "Note"). */
const first = (form: HTMLElement, label: string | RegExp) => within(form).getAllByLabelText(label)[0]!;

describe('MeetingForm', () => {
  it('names the missing title and the unreadable date and time in Danish next to the fields', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    renderRoute(<MeetingForm owner={{ clusterId: 'c-syd' }} onSaved={onSaved} onCancel={jest.fn()} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Nyt møde' });
    await user.type(first(form, /^Dato/), '31.2.2027');
    await user.type(first(form, /^Starttidspunkt/), '25:00');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Titel skal udfyldes');
    expect(first(form, /^Titel/)).toHaveAccessibleDescription(/Titel skal udfyldes/);
    expect(first(form, /^Dato/)).toHaveAccessibleDescription(/^Dato /);
    expect(first(form, /^Starttidspunkt/)).toHaveAccessibleDescription(/^Starttidspunkt /);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('creates a meeting on Teams with a participant and its attendance', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    const input = {
      title: 'Ekstraordinært møde',
      date: '2027-02-03',
      startTime: '09:00',
      endTime: null,
      place: 'Teams',
      kind: 'EXTRAORDINARY' as const,
      participants: [
        { organisation: 'Region Hovedstaden', function: 'regionsrådsformand', attendance: 'APOLOGY' as const },
      ],
      source: null,
    };
    renderRoute(<MeetingForm owner={{ clusterId: 'c-syd' }} onSaved={onSaved} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: { query: CREATE_MEETING_MUTATION, variables: { clusterId: 'c-syd', input } },
          result: {
            data: {
              createClusterMeeting: {
                ...meetingFields,
                id: 'cm-new',
                title: input.title,
                date: input.date,
                startTime: '09:00',
                endTime: null,
                kind: 'EXTRAORDINARY',
                kindLabel: 'Ekstraordinært møde',
                participants: [],
              },
            },
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Nyt møde' });
    await user.type(first(form, /^Titel/), input.title);
    await user.type(first(form, /^Dato/), '3.2.2027');
    await user.type(first(form, /^Starttidspunkt/), '09:00');
    await user.type(first(form, /^Mødested/), 'Teams');
    await user.click(within(form).getByRole('radio', { name: 'Ekstraordinært møde' }));
    await user.click(within(form).getByRole('button', { name: 'Tilføj deltager' }));
    await user.type(first(form, /^Organisation/), 'Region Hovedstaden');
    await user.type(first(form, /^Funktion/), 'regionsrådsformand');
    await user.selectOptions(first(form, 'Fremmøde'), 'Afbud');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('cm-new'));
  });

  it('on CONFLICT shows what the colleague saved and keeps the typed place', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    renderRoute(
      <MeetingForm owner={{ clusterId: 'c-syd' }} meeting={draftMeeting} onSaved={onSaved} onCancel={jest.fn()} />,
      {
        mocks: [
          mocked({
            request: { query: UPDATE_MEETING_MUTATION, variables: (v) => v.id === 'cm-9' && v.version === 1 },
            result: {
              errors: [
                new GraphQLError('Mødet er ændret af en anden, siden du åbnede det.', {
                  extensions: {
                    code: 'CONFLICT',
                    currentVersion: 2,
                    current: { ...meetingFields, title: 'Møde flyttet', version: 2 },
                  },
                }),
              ],
            },
          }),
        ],
      },
    );
    const form = screen.getByRole('form', { name: 'Rediger møde' });
    const place = first(form, /^Mødested/);
    await user.clear(place);
    await user.type(place, 'Ishøj Rådhus');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(panel).toHaveTextContent('Mødet er ændret af en anden');
    expect(within(panel).getByRole('row', { name: /Titel/ })).toHaveTextContent('Møde flyttet');
    expect(first(form, /^Mødested/)).toHaveValue('Ishøj Rådhus');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
