import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { CalculationsPage } from './CalculationsPage';
import { BUSINESS_CASE_EXAMPLES_QUERY, COFINANCING_RATE_SETS_QUERY } from './calculationQueries';
import { examples, flatRates } from './calculationFixtures';
import { mocked } from '../../../test/mocked';

const mocks = [
  mocked({ request: { query: BUSINESS_CASE_EXAMPLES_QUERY }, result: { data: { businessCaseExamples: examples } } }),
  mocked({ request: { query: COFINANCING_RATE_SETS_QUERY }, result: { data: { cofinancingRateSets: [flatRates] } } }),
];

describe('CalculationsPage', () => {
  it('names itself and switches between the two calculations by keyboard', async () => {
    const user = userEvent.setup();
    renderRoute(<CalculationsPage />, { path: '/beregninger', mocks });
    expect(screen.getByRole('heading', { level: 1, name: 'Beregninger' })).toBeInTheDocument();
    expect(document.title).toBe('Beregninger – Sundhedsoverblik');
    const businessTab = screen.getByRole('tab', { name: 'Business case' });
    expect(businessTab).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('tabpanel', { name: 'Business case' })).toBeVisible();
    businessTab.focus();
    await user.keyboard('{ArrowRight}');
    const cofinancingTab = screen.getByRole('tab', { name: 'Medfinansiering' });
    expect(cofinancingTab).toHaveFocus();
    expect(cofinancingTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Medfinansiering' })).toBeVisible();
    expect(await screen.findByLabelText('Satssæt')).toBeInTheDocument();
  });

  it('opens the co-financing tab from the address', async () => {
    renderRoute(<CalculationsPage />, { path: '/beregninger?del=medfinansiering', pattern: '/beregninger', mocks });
    expect(screen.getByRole('tab', { name: 'Medfinansiering' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText('Satssæt')).toBeInTheDocument();
  });
});
