import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { units } from './orgUnitsMock';
import { OfferFormPage } from '../OfferFormPage';

describe('offer form: messages name the fields as the form labels them', () => {
  it('says "Ansvarlig enhed skal udfyldes" on a new offer without an owner', async () => {
    const user = userEvent.setup();
    renderRoute(<OfferFormPage />, { path: '/tilbud/ny', pattern: '/tilbud/ny', mocks: [units] });
    const owner = await screen.findByLabelText(/Ansvarlig enhed/);
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Ansvarlig enhed skal udfyldes' })).toBeInTheDocument();
    expect(summary).not.toHaveTextContent(/Ejer/);
    expect(owner).toHaveAccessibleDescription(/Ansvarlig enhed skal udfyldes/);
  });

  it('names an unknown language and a price above the ceiling or with øre in Danish', async () => {
    const user = userEvent.setup();
    renderRoute(<OfferFormPage />, { path: '/tilbud/ny', pattern: '/tilbud/ny', mocks: [units] });
    const languages = await screen.findByRole('textbox', { name: 'Sprog' });
    await user.clear(languages);
    await user.type(languages, 'dansk, klingon');
    const price = document.getElementById('offer-form-costKr') as HTMLInputElement;
    await user.type(price, '1234567');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /^Sprog skal være kendte sprog: »klingon« kendes ikke\./ }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Pris må højst være 1.000.000 kr.' })).toBeInTheDocument();

    await user.clear(price);
    await user.type(price, '1.234,50');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: /^Pris skal være et helt antal kroner uden øre/,
      }),
    ).toBeInTheDocument();
  });
});
