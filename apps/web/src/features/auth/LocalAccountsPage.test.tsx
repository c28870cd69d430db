import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { axeViolations } from '../../../test/axeViolations';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { viewer } from '../../../test/fixtures';
import { ME_QUERY } from './useViewer';
import { LocalAccountsPage } from './LocalAccountsPage';
import { LOCAL_ACCOUNTS_QUERY, SET_ACCOUNT_DISABLED_MUTATION, type LocalAccountData } from './accountQueries';

const admin = { ...viewer('sundhedsstab'), id: 'u-admin', isAdministrator: true };
const account = (over: Partial<LocalAccountData>): LocalAccountData => ({
  __typename: 'LocalAccount',
  id: 'u-dir',
  email: 'direktoer@ishoj.dk',
  name: 'Dorte Direktør',
  role: 'direktoer',
  disabledAt: null,
  isAdministrator: false,
  ...over,
});
const self = account({
  id: 'u-admin',
  email: 'nod@ishoj.dk',
  name: 'Nødadministrator',
  role: 'sundhedsstab',
  isAdministrator: true,
});
const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: admin } } });
const list = (rows: LocalAccountData[]) =>
  mocked({ request: { query: LOCAL_ACCOUNTS_QUERY }, result: { data: { localAccounts: rows } } });

describe('LocalAccountsPage ("Lokale konti")', () => {
  it('lists the local accounts with their state; the administrator cannot disable itself', async () => {
    const { container } = renderRoute(<LocalAccountsPage />, {
      path: '/konti',
      mocks: [me, list([self, account({ disabledAt: '2026-12-04T10:15:00.000Z' })])],
    });
    const row = await screen.findByRole('row', { name: /Dorte Direktør/ });
    expect(within(row).getByText(/^Spærret siden 4\.12\.2026/)).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Åbn Dorte Direktør' })).toBeInTheDocument();
    const own = screen.getByRole('row', { name: /Nødadministrator/ });
    expect(within(own).getByText('Aktiv')).toBeInTheDocument();
    expect(within(own).queryByRole('button')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('disables an account and says so', async () => {
    const user = userEvent.setup();
    renderRoute(<LocalAccountsPage />, {
      path: '/konti',
      mocks: [
        me,
        list([self, account({})]),
        mocked({
          request: { query: SET_ACCOUNT_DISABLED_MUTATION, variables: { email: 'direktoer@ishoj.dk', disabled: true } },
          result: { data: { setAccountDisabled: true } },
        }),
        list([self, account({ disabledAt: '2026-12-04T10:15:00.000Z' })]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Spær Dorte Direktør' }));
    expect(await screen.findByText('Dorte Direktør er spærret og logget ud alle steder.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Åbn Dorte Direktør' })).toBeInTheDocument();
  });

  /** The page with the accounts query answered by one GraphQL error. */
  const renderFailing = (message: string, code: string) =>
    renderRoute(<LocalAccountsPage />, {
      path: '/konti',
      mocks: [
        me,
        mocked({
          request: { query: LOCAL_ACCOUNTS_QUERY },
          result: { errors: [new GraphQLError(message, { extensions: { code } })] },
        }),
      ],
    });

  it("shows the server's refusal to someone who is not an administrator", async () => {
    renderFailing('Kun en administrator kan spærre og åbne konti.', 'FORBIDDEN');
    expect(await screen.findByText('Kun en administrator kan spærre og åbne konti.')).toBeInTheDocument();
    // A refusal is no failure to fetch, and trying again cannot help.
    expect(screen.getByRole('heading', { name: 'Ingen adgang' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Data kunne ikke hentes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).not.toBeInTheDocument();
  });

  it('offers to try again when the server fails', async () => {
    renderFailing('Uventet fejl.', 'INTERNAL_SERVER_ERROR');
    expect(await screen.findByRole('heading', { name: 'Data kunne ikke hentes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });
});
