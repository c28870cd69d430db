import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router';
import { renderRoute } from '../../../../test/renderRoute';
import { units } from './orgUnitsMock';
import { rygestop } from '../offerFixtures';
import { OfferFormPage } from '../OfferFormPage';
import { UPDATE_OFFER_MUTATION } from '../offerFormMutations';
import { OFFER_QUERY } from '../offerQueries';
import { mocked } from '../../../../test/mocked';
import type { OfferInput, UpdateOfferMutationVariables } from '../../../__generated__/graphql';

const offer = mocked({
  request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
  result: { data: { offer: rygestop } },
});
const mine = 'Gratis hold over seks uger, hvor du får hjælp til at stoppe med at ryge.';

const sent: { version: number; input: OfferInput }[] = [];
const capture = (expectedVersion: number) => (vars: UpdateOfferMutationVariables) => {
  if (vars.version !== expectedVersion) return false;
  sent.push({ version: vars.version, input: vars.input });
  return true;
};
// The colleague saved a new contact person and paused the offer meanwhile (version 2 → 3).
const conflict = mocked({
  request: { query: UPDATE_OFFER_MUTATION, variables: capture(2) },
  result: {
    errors: [
      new GraphQLError('Tilbuddet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.', {
        extensions: {
          code: 'CONFLICT',
          kind: 'offer',
          currentVersion: 3,
          changedFields: ['contactName', 'status'],
          current: {
            name: rygestop.name,
            shortDescription: rygestop.shortDescription,
            contactName: 'Sundhedshusets reception',
            status: 'TEMPORARILY_CLOSED',
          },
        },
      }),
    ],
  },
});
const reapplied = mocked({
  request: { query: UPDATE_OFFER_MUTATION, variables: capture(3) },
  result: { data: { updateOffer: { ...rygestop, shortDescription: mine, version: 4 } } },
});

describe('offer form: an edit that meets a newer version', () => {
  it("keeps what the user typed, shows what the colleague changed, and reapplies only the user's change on the new version", async () => {
    const user = userEvent.setup();
    renderRoute(<OfferFormPage />, {
      path: '/tilbud/o-ryg/rediger',
      pattern: '/tilbud/:id/rediger',
      mocks: [offer, units, conflict, reapplied],
      extra: [<Route key="offer" path="/tilbud/:id" element={<h1>Tilbuddet</h1>} />],
    });
    const short = await screen.findByRole('textbox', { name: /Kort beskrivelse/ });
    await user.clear(short);
    await user.type(short, mine);
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Tilbuddet er ændret af en anden siden du åbnede det');
    expect(panel).toHaveFocus();
    const table = within(panel).getByRole('table', { name: 'Ændret af en anden i mellemtiden:' });
    expect(within(table).getByRole('row', { name: /Kontaktperson/ })).toHaveTextContent('Sundhedshusets reception');
    expect(within(table).getByRole('row', { name: /Status/ })).toHaveTextContent('Midlertidigt lukket');
    expect(screen.getByRole('textbox', { name: /Kort beskrivelse/ })).toHaveValue(mine);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.version).toBe(2);

    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    expect(await screen.findByRole('heading', { name: 'Tilbuddet' })).toBeInTheDocument();
    // Only the user's own change is sent, as of version 3: the colleague's contact person stays.
    expect(sent[1]).toEqual({ version: 3, input: { shortDescription: mine } });
  });
});
