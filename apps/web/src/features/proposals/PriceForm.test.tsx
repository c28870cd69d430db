import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import type { PriceInput } from '../../__generated__/graphql';
import { PriceForm } from './PriceForm';
import { CREATE_PRICE } from './proposalQueries';

const input: PriceInput = {
  name: 'En time hjemmepleje',
  unit: 'pr. time',
  bearer: 'KOMMUNE',
  note: null,
  amountKr: 450,
  year: 2026,
  source: null,
};

describe('PriceForm ("Ny pris")', () => {
  it('creates a price in the catalogue', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<PriceForm onDone={onDone} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: { query: CREATE_PRICE, variables: { input: { ...input, source: { title: 'Egne data 2026' } } } },
          result: { data: { createPrice: { __typename: 'Price', id: 'price-new' } } },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Ny pris' });
    await user.type(within(form).getByLabelText(/^Navn/), 'En time hjemmepleje');
    await user.type(within(form).getByLabelText(/^Enhed/), 'pr. time');
    await user.type(within(form).getByLabelText(/^Beløb/), '450');
    await user.type(within(form).getByLabelText(/^Prisår/), '2026');
    await user.type(within(form).getByLabelText(/^Kilde/), 'Egne data 2026');
    await user.click(within(form).getByRole('button', { name: 'Opret pris' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
  });

  it('shows the server’s Danish message next to the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<PriceForm onDone={onDone} onCancel={jest.fn()} />, {
      mocks: [
        mocked({
          request: { query: CREATE_PRICE, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Ugyldige oplysninger', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'input.source', message: 'Et beløb kræver en kilde' }],
                },
              }),
            ],
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Ny pris' });
    await user.type(within(form).getByLabelText(/^Navn/), 'En time hjemmepleje');
    await user.type(within(form).getByLabelText(/^Enhed/), 'pr. time');
    await user.type(within(form).getByLabelText(/^Beløb/), '450');
    await user.type(within(form).getByLabelText(/^Prisår/), '2026');
    await user.click(within(form).getByRole('button', { name: 'Opret pris' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Et beløb kræver en kilde');
    expect(within(form).getByLabelText(/^Beløb/)).toHaveValue('450');
    expect(onDone).not.toHaveBeenCalled();
  });
});
