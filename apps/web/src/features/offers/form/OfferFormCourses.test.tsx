import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClock } from '@sundhed/shared/clock';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { units } from './orgUnitsMock';
import { rygestop } from '../offerFixtures';
import { OfferFormPage } from '../OfferFormPage';
import { OFFER_QUERY } from '../offerQueries';

const ENDED = /^Alle holdets datoer er overstået\. Tilbuddet vises som 'Næste hold ikke fastlagt'/;

const offer = mocked({
  request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
  result: { data: { offer: rygestop } },
});

describe('offer form: a notice when all scheduled courses have ended', () => {
  beforeEach(() => setClock('2026-12-05T10:00:00.000Z'));
  afterEach(() => setClock(null));

  it('says so beside the times of an offer whose course ended, politely, and still lets it be saved', async () => {
    renderRoute(<OfferFormPage />, {
      path: '/tilbud/o-ryg/rediger',
      pattern: '/tilbud/:id/rediger',
      mocks: [offer, units],
    });
    const times = await screen.findByRole('group', { name: 'Tider' });
    const status = within(times).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(ENDED);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gem' })).toBeEnabled();
  });

  it('appears on a new offer once a course is dated in the past, and goes when it runs on', async () => {
    const user = userEvent.setup();
    renderRoute(<OfferFormPage />, { path: '/tilbud/ny', pattern: '/tilbud/ny', mocks: [units] });
    const times = await screen.findByRole('group', { name: 'Tider' });
    const status = within(times).getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(within(times).getByRole('button', { name: 'Tilføj tid' }));
    await user.selectOptions(within(times).getByRole('combobox', { name: 'Type' }), 'COURSE');
    const from = document.getElementById('offer-form-schedules-0-validFrom') as HTMLInputElement;
    const to = document.getElementById('offer-form-schedules-0-validTo') as HTMLInputElement;
    fireEvent.change(from, { target: { value: '2026-10-01' } });
    fireEvent.change(to, { target: { value: '2026-11-26' } });
    expect(status).toHaveTextContent(ENDED);

    // Ending today is not over yet (the shared rule: the last day is before today).
    fireEvent.change(to, { target: { value: '2026-12-05' } });
    expect(status).toBeEmptyDOMElement();
  });
});
