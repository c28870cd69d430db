import { screen } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { rygestop } from './offerFixtures';
import { PUBLIC_OFFER_QUERY } from './offerQueries';
import { PublicOfferPage } from './PublicOfferPage';

const {
  professionalPhone: _p,
  intakeNotes: _i,
  tellCitizen: _t,
  assuredByName: _a,
  sendCount: _s,
  version: _v,
  ownerUnit: _o,
  changes: _c,
  source: _src,
  ...publicFields
} = rygestop as typeof rygestop & Record<string, unknown>;

describe('PublicOfferPage (the citizen’s page, issue 12)', () => {
  it('speaks to the citizen and leaves out the catalogue’s tags; ended courses say "Næste hold ikke fastlagt"', async () => {
    renderRoute(<PublicOfferPage />, {
      path: '/offentligt/tilbud/o-ryg',
      pattern: '/offentligt/tilbud/:id',
      mocks: [
        mocked({
          request: { query: PUBLIC_OFFER_QUERY, variables: { id: 'o-ryg' } },
          result: { data: { publicOffer: { ...publicFields, coursesEnded: true, lastCourseDay: '2026-03-12' } } },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByText('Sådan kommer du med')).toBeInTheDocument();
    expect(screen.queryByText('Sådan kommer borgeren med')).not.toBeInTheDocument();
    expect(screen.queryByText('Behov')).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Næste hold ikke fastlagt (sidste hold sluttede 12.3.2026)');
    expect(screen.queryByText('Aktiv')).not.toBeInTheDocument();
  });
});
