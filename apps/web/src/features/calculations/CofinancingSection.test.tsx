import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { CofinancingSection } from './CofinancingSection';
import { COFINANCING_RATE_SETS_QUERY, COFINANCING_SIMULATION_QUERY } from './calculationQueries';
import { activityCsv, ageRates, flatRates, simulation } from './calculationFixtures';
import { mocked } from '../../../test/mocked';

const setsRequest = { query: COFINANCING_RATE_SETS_QUERY };
const setsMock = mocked({ request: setsRequest, result: { data: { cofinancingRateSets: [flatRates, ageRates] } } });

describe('CofinancingSection', () => {
  it('announces loading, then shows the chosen rate set with its source and status', async () => {
    renderRoute(<CofinancingSection />, { path: '/beregninger', mocks: [{ ...setsMock, delay: 20 }] });
    expect(screen.getByRole('status')).toHaveTextContent('Henter data');
    expect(await screen.findByLabelText('Satssæt')).toHaveValue('flat2012-regionh');
    expect(screen.getByText('Region Hovedstaden, Municipal co-financing')).toBeInTheDocument();
    expect(screen.getByText('bekræftet: 1, omtrentlig: 1, mangler: 2')).toBeInTheDocument();
    // Rate sets by their Danish name, never by their key.
    expect(
      within(screen.getByLabelText('Satssæt')).getByRole('option', {
        name: 'Flad model 2012–2017, Region Hovedstaden',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/flat2012-regionh/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Filens første række skal have disse kolonnenavne: kommunekode \(municipality_code\)/),
    ).toBeInTheDocument();
    const rules = screen.getByRole('table', { name: 'Regler i satssættet Flad model 2012–2017, Region Hovedstaden' });
    expect(within(rules).getByRole('row', { name: /Indlæggelse/ })).toHaveTextContent(
      '34 %Bekræftet15.000 kr. pr. indlæggelseOmtrentlig',
    );
    expect(screen.getByText('Vælg satssæt og aktivitetsdata, og tryk Beregn medfinansiering.')).toBeInTheDocument();
  });

  it('says so when there are no rate sets', async () => {
    renderRoute(<CofinancingSection />, {
      path: '/beregninger',
      mocks: [{ request: setsRequest, result: { data: { cofinancingRateSets: [] } } }],
    });
    expect(await screen.findByText('Der er ingen satssæt at vælge.')).toBeInTheDocument();
  });

  it('shows a Danish error and retries', async () => {
    const user = userEvent.setup();
    renderRoute(<CofinancingSection />, {
      path: '/beregninger',
      mocks: [{ request: setsRequest, error: new Error('Failed to fetch') }, setsMock],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Serveren svarer ikke');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByLabelText('Satssæt')).toBeInTheDocument();
  });

  it('reads a chosen file, compares two rate sets and shows totals, breakdowns and differences', async () => {
    const user = userEvent.setup();
    renderRoute(<CofinancingSection />, {
      path: '/beregninger',
      mocks: [
        setsMock,
        mocked({
          request: {
            query: COFINANCING_SIMULATION_QUERY,
            variables: { ratesId: 'flat2012-regionh', compareRatesId: 'age2018-regionh', activityCsv },
          },
          result: { data: { cofinancingSimulation: simulation } },
          delay: 300,
        }),
      ],
    });
    await user.selectOptions(await screen.findByLabelText('Sammenlign med (valgfri)'), 'age2018-regionh');
    await user.upload(
      screen.getByLabelText('Vælg CSV-fil'),
      new File([activityCsv], 'aktivitet.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Aktivitetsdata (CSV)')).toHaveValue(activityCsv));
    await user.click(screen.getByRole('button', { name: 'Beregn medfinansiering' }));
    const byAge = await screen.findByRole('table', { name: 'Medfinansiering pr. aldersgruppe' });
    const row = within(byAge).getByRole('row', { name: /65–79 år/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['122.400 kr.', '122.400 kr.', '0 kr.']);
    expect(within(byAge).getByRole('columnheader', { name: 'Forskel (sammenligning − valgt)' })).toBeInTheDocument();
    expect(
      screen.getByText('Medfinansiering i alt, Flad model 2012–2017, Region Hovedstaden').nextSibling,
    ).toHaveTextContent('154.000 kr.');
    expect(
      screen.getAllByRole('columnheader', { name: 'Beløb, Aldersdifferentieret model 2018, Region Hovedstaden' }),
    ).not.toHaveLength(0);
    expect(screen.queryByText(/flat2012-regionh|age2018-regionh/)).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Medfinansiering pr. kontakttype' })).toHaveTextContent('Indlæggelse');
  });

  it('lists every bad line the API reports, linked to the text field', async () => {
    const user = userEvent.setup();
    const fields = [
      {
        path: 'activityCsv',
        line: 2,
        column: 'age_group',
        message: 'linje 2, kolonne age_group: ukendt aldersgruppe "90+"',
      },
      { path: 'activityCsv', line: 4, column: 'basis', message: 'linje 4, kolonne basis: ukendt grundlag "x"' },
    ];
    renderRoute(<CofinancingSection />, {
      path: '/beregninger',
      mocks: [
        setsMock,
        mocked({
          request: {
            query: COFINANCING_SIMULATION_QUERY,
            variables: { ratesId: 'flat2012-regionh', compareRatesId: null, activityCsv },
          },
          result: {
            errors: [
              new GraphQLError('Aktivitetsfilen er afvist i sin helhed (2 fejl)', {
                extensions: { code: 'BAD_USER_INPUT', fields },
              }),
            ],
          },
        }),
      ],
    });
    fireEvent.change(await screen.findByLabelText('Aktivitetsdata (CSV)'), { target: { value: activityCsv } });
    await user.click(screen.getByRole('button', { name: 'Beregn medfinansiering' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Aktivitetsfilen blev afvist i sin helhed. Ret følgende:');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [fields[0]?.message, '#cf-activityCsv'],
      [fields[1]?.message, '#cf-activityCsv'],
    ]);
    expect(screen.getByLabelText('Aktivitetsdata (CSV)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for activity data before sending anything', async () => {
    const user = userEvent.setup();
    renderRoute(<CofinancingSection />, { path: '/beregninger', mocks: [setsMock] });
    await user.click(await screen.findByRole('button', { name: 'Beregn medfinansiering' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Indsæt aktivitetsdata, eller vælg en CSV-fil.');
  });
});
