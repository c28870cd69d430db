import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { axeViolations } from '../../../test/axeViolations';
import { PriceIndexForm } from './PriceIndexForm';
import { PriceMoves } from './PriceMoves';
import { CREATE_PRICE_INDEX, UPDATE_PRICE_INDEX, type PriceIndexData } from './proposalQueries';

const index: PriceIndexData = {
  __typename: 'PriceIndex',
  id: 'ix-1',
  name: 'PL, serviceudgifter',
  baseYear: 2026,
  points: [
    { __typename: 'PriceIndexPoint', year: 2025, value: 97.5 },
    { __typename: 'PriceIndexPoint', year: 2026, value: 100 },
  ],
  source: null,
  version: 2,
};

describe('PriceIndexForm', () => {
  it('creates an index with a base year, a value per year and its source', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const { container } = renderRoute(<PriceIndexForm onDone={onDone} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: {
            query: CREATE_PRICE_INDEX,
            variables: {
              input: {
                name: 'PL, serviceudgifter',
                baseYear: 2026,
                points: [
                  { year: 2026, value: 100 },
                  { year: 2027, value: 102.3 },
                ],
                source: { title: 'Finansministeriet, PL-skøn 2026' },
              },
            },
          },
          result: { data: { createPriceIndex: { __typename: 'PriceIndex', id: 'ix-new' } } },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Nyt prisindeks' });
    await user.type(within(form).getByLabelText(/^Navn på indekset/), 'PL, serviceudgifter');
    await user.type(within(form).getByLabelText(/^Basisår/), '2026');
    await user.type(within(form).getByLabelText('År, række 1'), '2026');
    await user.type(within(form).getByLabelText('Indekstal, række 1'), '100');
    await user.click(within(form).getByRole('button', { name: 'Tilføj år' }));
    await user.type(within(form).getByLabelText('År, række 2'), '2027');
    await user.type(within(form).getByLabelText('Indekstal, række 2'), '102,3');
    await user.type(within(form).getByLabelText(/^Kilde til indekset/), 'Finansministeriet, PL-skøn 2026');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Opret prisindeks' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
  });

  it('changes an index (keeping its source) and hands back the cases that moved', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const moved = [
      {
        __typename: 'BusinessCaseMove' as const,
        businessCaseId: 'bc-1',
        name: 'Tema C',
        oldNpv: -100000,
        newNpv: -120000,
        change: -20000,
      },
    ];
    renderRoute(<PriceIndexForm index={index} onDone={onDone} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: {
            query: UPDATE_PRICE_INDEX,
            variables: {
              id: 'ix-1',
              version: 2,
              input: {
                name: 'PL, serviceudgifter',
                baseYear: 2026,
                points: [
                  { year: 2025, value: 95 },
                  { year: 2026, value: 100 },
                ],
              },
            },
          },
          result: { data: { updatePriceIndex: { __typename: 'PriceChangeOutcome', rerun: 3, moved } } },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Ret PL, serviceudgifter' });
    expect(within(form).getByLabelText('Indekstal, række 1')).toHaveValue('97,5');
    await user.clear(within(form).getByLabelText('Indekstal, række 1'));
    await user.type(within(form).getByLabelText('Indekstal, række 1'), '95');
    await user.click(within(form).getByRole('button', { name: 'Gem prisindeks' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ moved })));
    renderRoute(<PriceMoves outcome={{ moved }} />, { mocks: [] });
    const table = screen.getByRole('table', { name: 'Genberegnede business cases' });
    expect(
      within(within(table).getByRole('row', { name: /Tema C/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['-100.000 kr.', '-120.000 kr.', '-20.000 kr.']);
  });

  it("refuses a row without a year in Danish, and shows the server's message per field", async () => {
    const user = userEvent.setup();
    renderRoute(<PriceIndexForm onDone={jest.fn()} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: {
            query: CREATE_PRICE_INDEX,
            variables: { input: { name: '', baseYear: 2026, points: [{ year: 2026, value: 100 }] } },
          },
          result: {
            errors: [
              new GraphQLError('Ugyldige oplysninger', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'input.name', message: 'Indeksets navn skal udfyldes' }],
                },
              }),
            ],
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Nyt prisindeks' });
    await user.type(within(form).getByLabelText(/^Basisår/), '2026');
    await user.type(within(form).getByLabelText('Indekstal, række 1'), '100');
    await user.click(within(form).getByRole('button', { name: 'Opret prisindeks' }));
    expect(
      await screen.findByText('Hver række skal have et årstal og et indekstal, fx 2026 og 100', {
        selector: '.field__error',
      }),
    ).toBeInTheDocument();
    await user.type(within(form).getByLabelText('År, række 1'), '2026');
    await user.click(within(form).getByRole('button', { name: 'Opret prisindeks' }));
    expect(await screen.findAllByText('Indeksets navn skal udfyldes')).not.toHaveLength(0);
  });
});
