import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import { axeViolations } from '../../../test/axeViolations';
import { CalculationsPage } from './CalculationsPage';
import { COFINANCING_RATE_SETS_QUERY } from './calculationQueries';
import { flatRates } from './calculationFixtures';
import { mocked } from '../../../test/mocked';

const mocks = [
  mocked({ request: { query: COFINANCING_RATE_SETS_QUERY }, result: { data: { cofinancingRateSets: [flatRates] } } }),
];

describe('CalculationsPage', () => {
  it('names itself, points to Forslag for business cases and shows the co-financing calculator', async () => {
    const { container } = renderRoute(<CalculationsPage />, { path: '/beregninger', mocks });
    expect(screen.getByRole('heading', { level: 1, name: 'Beregninger' })).toBeInTheDocument();
    expect(document.title).toBe('Beregninger – Sundhedsoverblik');
    const cases = screen.getByRole('region', { name: 'Business cases' });
    expect(within(cases).getByRole('link', { name: 'Gå til Forslag og deres business cases' })).toHaveAttribute(
      'href',
      '/forslag',
    );
    // No raw JSON editor and no pointer to the engine's README any more.
    expect(screen.queryByText(/JSON|packages\/calc/)).not.toBeInTheDocument();
    expect(await screen.findByLabelText('Satssæt')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('still opens from the old co-financing address', async () => {
    renderRoute(<CalculationsPage />, { path: '/beregninger?del=medfinansiering', pattern: '/beregninger', mocks });
    expect(await screen.findByLabelText('Satssæt')).toBeInTheDocument();
  });
});
