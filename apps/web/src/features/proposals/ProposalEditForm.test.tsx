import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { axeViolations } from '../../../test/axeViolations';
import type { ProposalInput } from '../../__generated__/graphql';
import { ProposalEditForm } from './ProposalEditForm';
import {
  PROPOSAL_FORM_OPTIONS_QUERY,
  PROPOSAL_OFFER_OPTIONS,
  UPDATE_PROPOSAL,
  type ProposalData,
} from './proposalQueries';

const proposal: ProposalData = {
  __typename: 'Proposal',
  id: 'pr-1',
  title: 'Sundhed i hjemløseboligerne',
  need: 'Dårlig sundhed blandt beboerne',
  needEvidence: null,
  needSource: null,
  targetGroup: 'Hjemløse',
  responsibleUnit: null,
  stage: 'IDEA',
  stageLabel: 'Idé',
  statusNote: null,
  allowedNextStages: ['QUALIFIED'],
  project: null,
  offers: [],
  linkedProjects: [{ __typename: 'Project', id: 'pj-1', name: 'CoolKids' }],
  treatments: [],
  stageChanges: [],
  comments: [],
  businessCases: [],
  version: 3,
};

const units = mocked({
  request: { query: PROPOSAL_FORM_OPTIONS_QUERY },
  result: {
    data: {
      orgUnits: [{ __typename: 'OrgUnit', id: 'u-1', name: 'Center for Sundhed', kind: 'CENTRE' }],
    },
  },
  maxUsageCount: 3,
});

const offerHits = mocked({
  request: { query: PROPOSAL_OFFER_OPTIONS, variables: { search: 'ryg' } },
  result: { data: { proposalOfferOptions: [{ __typename: 'Offer', id: 'o-1', name: 'Rygestopkursus' }] } },
});

const input: ProposalInput = {
  title: 'Sundhed i de seks hjemløseboliger',
  need: 'Dårlig sundhed blandt beboerne',
  needEvidence: null,
  targetGroup: 'Hjemløse',
  responsibleUnitId: 'u-1',
  statusNote: null,
  offerIds: ['o-1'],
  projectIds: [],
  needSource: { title: 'Sundhedsprofilen 2025' },
};

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Ret forslaget' });
  const title = within(form).getByLabelText(/^Titel/);
  await user.clear(title);
  await user.type(title, 'Sundhed i de seks hjemløseboliger');
  await user.type(within(form).getByLabelText(/^Kilde til dokumentationen/), 'Sundhedsprofilen 2025');
  await within(form).findByRole('option', { name: 'Center for Sundhed' });
  await user.selectOptions(within(form).getByLabelText(/^Ansvarligt center/), 'Center for Sundhed');
  await user.click(within(form).getByRole('button', { name: 'Fjern CoolKids' }));
  await user.type(within(form).getByRole('searchbox', { name: 'Søg i bygger på tilbud' }), 'ryg');
  await user.click(await within(form).findByRole('button', { name: 'Tilføj Rygestopkursus' }));
  return form;
}

describe('ProposalEditForm ("Ret forslaget")', () => {
  it('saves the fields, the source and the offers picked by a server search, at the version it opened', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const { container } = renderRoute(<ProposalEditForm p={proposal} onDone={onDone} />, {
      mocks: [
        units,
        offerHits,
        mocked({
          request: { query: UPDATE_PROPOSAL, variables: { id: 'pr-1', version: 3, input } },
          result: { data: { updateProposal: { __typename: 'Proposal', id: 'pr-1', version: 4 } } },
        }),
      ],
    });
    const form = await fillForm(user);
    expect(within(form).getByText('Rygestopkursus')).toBeInTheDocument();
    expect(within(form).getByText('1 fundet', { exact: false })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Gem ændringer' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('keeps what the user typed on CONFLICT, says so in Danish and saves on top of the new version', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const conflict = new GraphQLError(
      'Forslaget er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
      {
        extensions: {
          code: 'CONFLICT',
          currentVersion: 4,
          current: { ...input, title: proposal.title, need: 'Et andet behov', responsibleUnitId: null, stage: 'IDEA' },
        },
      },
    );
    const { container } = renderRoute(<ProposalEditForm p={proposal} onDone={onDone} />, {
      mocks: [
        units,
        offerHits,
        mocked({
          request: { query: UPDATE_PROPOSAL, variables: { id: 'pr-1', version: 3, input } },
          result: { errors: [conflict] },
        }),
        mocked({
          request: { query: UPDATE_PROPOSAL, variables: { id: 'pr-1', version: 4, input } },
          result: { data: { updateProposal: { __typename: 'Proposal', id: 'pr-1', version: 5 } } },
        }),
      ],
    });
    const form = await fillForm(user);
    await user.click(within(form).getByRole('button', { name: 'Gem ændringer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forslaget er ændret af en anden siden du åbnede det');
    expect(within(alert).getByRole('rowheader', { name: 'Behov' })).toBeInTheDocument();
    expect(within(alert).getByText('Et andet behov')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Titel/)).toHaveValue('Sundhed i de seks hjemløseboliger');
    expect(within(form).getByText('Rygestopkursus')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Gem mine ændringer igen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });
});
