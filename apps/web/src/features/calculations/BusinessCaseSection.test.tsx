import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { BusinessCaseSection } from './BusinessCaseSection';
import { BUSINESS_CASE_EXAMPLES_QUERY, BUSINESS_CASE_QUERY } from './calculationQueries';
import { businessCaseResult, examples, sroiScenario } from './calculationFixtures';
import { mocked } from '../../../test/mocked';

const examplesRequest = { query: BUSINESS_CASE_EXAMPLES_QUERY };
const examplesMock = mocked({ request: examplesRequest, result: { data: { businessCaseExamples: examples } } });

describe('BusinessCaseSection', () => {
  it('announces loading, then starts from the first example', async () => {
    renderRoute(<BusinessCaseSection />, { path: '/beregninger', mocks: [{ ...examplesMock, delay: 20 }] });
    expect(screen.getByRole('status')).toHaveTextContent('Henter data');
    expect(await screen.findByLabelText('Start fra eksempel')).toHaveValue('business-case-sroi-7-4');
    expect(screen.getByLabelText('Tidshorisont (år)')).toHaveValue('1');
    expect(screen.getByLabelText('Brutto-succesrate (%)')).toHaveValue('100');
    expect(screen.getByLabelText('Dødvægt (%)')).toHaveValue('40');
    expect(screen.getByLabelText('År 0, funder')).toHaveValue('250.000');
    expect(screen.getByText('Vælg et eksempel eller ret forudsætningerne, og tryk Beregn.')).toBeInTheDocument();
  });

  it('says so when there are no examples, and still offers the JSON', async () => {
    renderRoute(<BusinessCaseSection />, {
      path: '/beregninger',
      mocks: [{ request: examplesRequest, result: { data: { businessCaseExamples: [] } } }],
    });
    expect(
      await screen.findByText('Der er ingen eksempler at starte fra. Skriv et scenarie som JSON.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Scenariet som JSON (avanceret)')).toHaveValue('{}');
  });

  it('shows a Danish error and retries', async () => {
    const user = userEvent.setup();
    renderRoute(<BusinessCaseSection />, {
      path: '/beregninger',
      mocks: [{ request: examplesRequest, error: new Error('Failed to fetch') }, examplesMock],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByLabelText('Start fra eksempel')).toBeInTheDocument();
  });

  it('computes the edited scenario and shows the result in Danish formats', async () => {
    const user = userEvent.setup();
    const edited = {
      ...sroiScenario,
      cohorts: [{ startYear: 0, participants: 80, courseYears: 0 }],
      grossSuccessRate: 0.25,
    };
    renderRoute(<BusinessCaseSection />, {
      path: '/beregninger',
      mocks: [
        examplesMock,
        mocked({
          request: { query: BUSINESS_CASE_QUERY, variables: { scenario: edited } },
          result: { data: { businessCase: businessCaseResult } },
          delay: 300,
        }),
      ],
    });
    const participants = await screen.findByLabelText('Deltagere pr. hold');
    await user.clear(participants);
    await user.type(participants, '80');
    const rate = screen.getByLabelText('Brutto-succesrate (%)');
    await user.clear(rate);
    await user.type(rate, '25');
    const json = screen.getByLabelText<HTMLTextAreaElement>('Scenariet som JSON (avanceret)').value;
    expect(JSON.parse(json)).toEqual(edited);
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    const figures = await screen.findByRole('heading', { name: 'Nøgletal' });
    expect(figures).toBeInTheDocument();
    expect(screen.getByText('1.234.567 kr.')).toBeInTheDocument();
    expect(screen.getByText('5,94 kr.')).toBeInTheDocument();
    expect(screen.getByText('2,5 år')).toBeInTheDocument();
    expect(screen.getByText('Ikke inden for tidshorisonten')).toBeInTheDocument();
    expect(screen.getByText('16,8 %')).toBeInTheDocument();
    const bearers = screen.getByRole('table', { name: 'Gevinster og omkostninger pr. aktør (nutidsværdi)' });
    expect(within(within(bearers).getByRole('row', { name: /kommune/ })).getByText('67,4 %')).toBeInTheDocument();
    const years = screen.getByRole('table', { name: 'År for år (kroner)' });
    expect(within(years).getAllByRole('row')).toHaveLength(3);
    expect(within(years).getByRole('columnheader', { name: 'Akkumuleret diskonteret netto' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Følsomhed/ })).toHaveTextContent('Brutto-succesrate');
  });

  it('refuses a field that is not a number before asking the server', async () => {
    const user = userEvent.setup();
    renderRoute(<BusinessCaseSection />, { path: '/beregninger', mocks: [examplesMock] });
    const horizon = await screen.findByLabelText('Tidshorisont (år)');
    await user.clear(horizon);
    await user.type(horizon, 'ti');
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Tidshorisont (år): skriv et tal, fx 2,5');
    expect(horizon).toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the API's validation errors at the fields they name", async () => {
    const user = userEvent.setup();
    renderRoute(<BusinessCaseSection />, {
      path: '/beregninger',
      mocks: [
        examplesMock,
        mocked({
          request: { query: BUSINESS_CASE_QUERY, variables: { scenario: sroiScenario } },
          result: {
            errors: [
              new GraphQLError('Ugyldigt scenarie: $.horizonYears: skal være mindst 0', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { path: '$.horizonYears', message: '$.horizonYears: skal være mindst 0' },
                    { path: '$.consequences[0].kind', message: '$.consequences[0].kind: ukendt værdi "x"' },
                  ],
                },
              }),
            ],
          },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Beregn' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Beregningen kan ikke laves. Ret følgende:');
    expect(within(summary).getByRole('link', { name: '$.horizonYears: skal være mindst 0' })).toHaveAttribute(
      'href',
      '#bc-horizonYears',
    );
    expect(within(summary).getByRole('link', { name: /consequences\[0\]\.kind/ })).toHaveAttribute('href', '#bc-json');
    await waitFor(() => expect(screen.getByLabelText('Tidshorisont (år)')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('heading', { name: 'Nøgletal' })).not.toBeInTheDocument();
  });
});
