import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router';
import { axeViolations } from '../../../../test/axeViolations';
import { mocked } from '../../../../test/mocked';
import { renderRoute } from '../../../../test/renderRoute';
import type { OfferInput, UpdateOfferMutationVariables } from '../../../__generated__/graphql';
import { units } from './orgUnitsMock';
import { rygestop } from '../offerFixtures';
import { OfferFormPage } from '../OfferFormPage';
import { UPDATE_OFFER_MUTATION } from '../offerFormMutations';
import { OFFER_QUERY } from '../offerQueries';

const stored = { ...rygestop, keywords: ['rygning', 'smoeger'] };
const offer = mocked({
  request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
  result: { data: { offer: stored } },
});

let sent: { version: number; input: OfferInput }[] = [];
const capture = (version: number) => (vars: UpdateOfferMutationVariables) => {
  if (vars.version !== version) return false;
  sent.push({ version, input: vars.input });
  return true;
};
const saved = (version: number) =>
  mocked({
    request: { query: UPDATE_OFFER_MUTATION, variables: capture(version) },
    result: { data: { updateOffer: { ...stored, keywords: ['rygning', 'nikotin'], version: version + 1 } } },
  });
// A colleague added "vape" from "Søgninger uden resultat" meanwhile (version 2 → 3).
const conflict = mocked({
  request: { query: UPDATE_OFFER_MUTATION, variables: capture(2) },
  result: {
    errors: [
      new GraphQLError('Tilbuddet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.', {
        extensions: {
          code: 'CONFLICT',
          kind: 'offer',
          currentVersion: 3,
          changedFields: ['keywords'],
          current: { name: stored.name, keywords: ['rygning', 'smoeger', 'vape'] },
        },
      }),
    ],
  },
});

function renderForm(mocks: ReturnType<typeof mocked>[]) {
  return renderRoute(<OfferFormPage />, {
    path: '/tilbud/o-ryg/rediger',
    pattern: '/tilbud/:id/rediger',
    mocks: [offer, units, ...mocks],
    extra: [<Route key="offer" path="/tilbud/:id" element={<h1>Tilbuddet</h1>} />],
  });
}

/** Removes "smoeger", refuses "to ord" in Danish, adds "Nikotin" (stored folded). */
async function editKeywords(user: ReturnType<typeof userEvent.setup>) {
  const group = await screen.findByRole('group', { name: 'Søgning' });
  const chosen = within(group).getByRole('list', { name: 'Tilbuddets nøgleord' });
  expect(
    within(chosen)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['rygning×', 'smoeger×']);
  await user.click(within(group).getByRole('button', { name: 'Fjern nøgleordet smoeger' }));
  const box = within(group).getByRole('textbox', { name: 'Nøgleord' });
  expect(box).toHaveFocus();
  await user.type(box, 'to ord{Enter}');
  expect(box).toHaveValue('to ord');
  expect(box).toHaveAccessibleDescription(/Et nøgleord skal være ét ord på 3-40 bogstaver uden tal/);
  await user.clear(box);
  await user.type(box, 'Nikotin{Enter}');
  expect(box).toHaveValue('');
  expect(box).not.toHaveAccessibleDescription(/Et nøgleord skal/);
  expect(within(group).getByRole('status')).toHaveTextContent('Nøgleordet nikotin er tilføjet.');
  expect(
    within(chosen)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['rygning×', 'nikotin×']);
  return group;
}

beforeEach(() => {
  sent = [];
});

describe('offer form: search keywords', () => {
  it('lists the stored words with remove buttons, refuses a bad word in Danish, and saves the list', async () => {
    const user = userEvent.setup();
    const { container } = renderForm([saved(2)]);
    const group = await editKeywords(user);
    expect(await axeViolations(group)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('heading', { name: 'Tilbuddet' })).toBeInTheDocument();
    expect(sent[0]?.input.keywords).toEqual(['rygning', 'nikotin']);
  });

  it("keeps the user's list on CONFLICT and sends only it again as of the new version", async () => {
    const user = userEvent.setup();
    renderForm([conflict, saved(3)]);
    await editKeywords(user);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const panel = await screen.findByRole('alert');
    const table = within(panel).getByRole('table', { name: 'Ændret af en anden i mellemtiden:' });
    expect(within(table).getByRole('row', { name: /Nøgleord/ })).toHaveTextContent('vape');
    const chosen = screen.getByRole('list', { name: 'Tilbuddets nøgleord' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['rygning×', 'nikotin×']);

    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    expect(await screen.findByRole('heading', { name: 'Tilbuddet' })).toBeInTheDocument();
    expect(sent[1]).toEqual({ version: 3, input: { keywords: ['rygning', 'nikotin'] } });
  });
});
