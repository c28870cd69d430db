import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

let sent: OfferInput | null = null;
const update = mocked({
  request: {
    query: UPDATE_OFFER_MUTATION,
    variables: (vars: UpdateOfferMutationVariables) => {
      sent = vars.input;
      return vars.id === 'o-ryg';
    },
  },
  result: { data: { updateOffer: rygestop } },
});

function renderForm() {
  renderRoute(<OfferFormPage />, {
    path: '/tilbud/o-ryg/rediger',
    pattern: '/tilbud/:id/rediger',
    mocks: [offer, units, update],
    extra: [<Route key="offer" path="/tilbud/:id" element={<h1>Tilbuddet</h1>} />],
  });
}

describe('offer form: places and times', () => {
  it('shows the stored place and time, refuses a bad new row with linked Danish messages, and sends both lists', async () => {
    const user = userEvent.setup();
    renderForm();
    const places = await screen.findByRole('group', { name: 'Steder' });
    expect(within(places).getByRole('textbox', { name: 'Stedets navn' })).toHaveValue('Sundhedscentret');
    const times = screen.getByRole('group', { name: 'Tider' });
    expect(within(times).getByRole('combobox', { name: /Ugedag/ })).toHaveValue('2');
    expect(within(times).getByLabelText(/Fra kl\./)).toHaveValue('16:30');
    expect(within(times).getByLabelText(/Første dato/)).toHaveValue('2023-04-26');

    // Keyboard: the add button puts focus in the new row.
    within(places).getByRole('button', { name: 'Tilføj sted' }).focus();
    await user.keyboard('{Enter}');
    const place2 = within(places).getByRole('group', { name: 'Sted 2' });
    await screen.findByText('Sted 2');
    await user.type(within(place2).getByRole('textbox', { name: 'Stedets navn' }), 'Ishøj Bibliotek');
    await user.type(within(place2).getByRole('textbox', { name: /Postnummer/ }), '26');
    await user.click(within(times).getByRole('button', { name: 'Tilføj tid' }));
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    const summary = await screen.findByRole('alert');
    const postcode = within(summary).getByRole('link', { name: 'Sted 2: Postnummer skal være fire cifre' });
    expect(postcode).toHaveAttribute('href', '#offer-form-locations-1-postalCode');
    expect(
      within(summary).getByRole('link', { name: 'Tid 2: Ugedag skal angives for faste ugentlige tider' }),
    ).toHaveAttribute('href', '#offer-form-schedules-1-weekday');
    const field = within(place2).getByRole('textbox', { name: /Postnummer/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Sted 2: Postnummer skal være fire cifre');
    expect(document.getElementById('offer-form-name')).not.toHaveAttribute('aria-invalid');
    expect(sent).toBeNull();

    await user.click(postcode);
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, '2635');
    const time2 = within(times).getByRole('group', { name: 'Tid 2' });
    await user.selectOptions(within(time2).getByRole('combobox', { name: /Ugedag/ }), '4');
    await user.type(within(time2).getByLabelText(/Fra kl\./), '10:00');
    await user.selectOptions(within(time2).getByRole('combobox', { name: /^Sted/ }), 'Ishøj Bibliotek');
    // The first time is removed; focus returns to the add button.
    await user.click(within(times).getByRole('button', { name: 'Fjern tid 1' }));
    expect(within(times).getByRole('button', { name: 'Tilføj tid' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByRole('heading', { name: 'Tilbuddet' })).toBeInTheDocument();
    expect(sent?.locations).toEqual([
      {
        name: 'Sundhedscentret',
        address: 'Ishøj Store Torv 20',
        postalCode: '2635',
        city: 'Ishøj',
        accessibility: null,
      },
      { name: 'Ishøj Bibliotek', address: null, postalCode: '2635', city: null, accessibility: null },
    ]);
    expect(sent?.schedules).toEqual([
      {
        kind: 'RECURRING',
        weekday: 4,
        opensAt: '10:00',
        closesAt: null,
        validFrom: null,
        validTo: null,
        description: null,
        locationName: 'Ishøj Bibliotek',
      },
    ]);
  });
});
