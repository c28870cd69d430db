import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { SYNONYMS_QUERY, UPDATE_SYNONYMS_MUTATION } from './maintenanceQueries';
import { SynonymsEditor } from './SynonymsEditor';

const groups = (broad: boolean) => ({
  data: {
    searchSynonymGroups: [
      { __typename: 'SearchSynonymGroup' as const, terms: ['motion', 'træning', 'bevægelse'], broad },
      { __typename: 'SearchSynonymGroup' as const, terms: ['rygestop', 'kvit smøgerne'], broad: false },
    ],
    searchSynonymsVersion: 3,
  },
});
const saveWith = (broad: boolean[]) => ({
  query: UPDATE_SYNONYMS_MUTATION,
  variables: {
    version: 3,
    groups: [
      ['motion', 'træning', 'bevægelse'],
      ['rygestop', 'kvit smøgerne'],
    ],
    broad,
  },
});

/** How long to wait for the editor's first render (the default 1 s is short on a loaded machine). */
const LOADED = 10_000;

describe('SynonymsEditor: broad concepts (issue 11)', () => {
  it('marks a group as a broad concept with its checkbox and saves the flag with the groups', async () => {
    const user = userEvent.setup();
    renderRoute(<SynonymsEditor />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({ request: { query: SYNONYMS_QUERY }, result: groups(false) }),
        mocked({
          request: saveWith([true, false]),
          result: { data: { updateSearchSynonyms: saveWith([true, false]).variables.groups } },
        }),
      ],
    });
    const motion = await screen.findByRole(
      'checkbox',
      { name: 'Bredt begreb: motion, træning, bevægelse' },
      { timeout: LOADED }, // a busy test machine renders the first screen slowly; nothing is timed
    );
    expect(motion).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Brede begreber' })).toHaveAccessibleDescription(
      /løfter kun tilbud, som søgningen finder i forvejen, og frasorterer aldrig/,
    );
    await user.click(motion);
    await user.click(screen.getByRole('button', { name: 'Gem synonymer' }));
    // The status line is always there: wait for its text (the save answers after the click returns).
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/gemt/i));
  });

  it("shows the server's Danish refusal of a group too broad to be a synonym", async () => {
    const user = userEvent.setup();
    const refusal =
      'Synonymgruppen "motion, træning, bevægelse" ville finde mindst 9 af kommunens 15 aktive tilbud ("motion" alene), mere end en fjerdedel. Markér den som bredt begreb, så den kun løfter tilbud, eller vælg mere præcise ord';
    renderRoute(<SynonymsEditor />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({ request: { query: SYNONYMS_QUERY }, result: groups(true) }),
        mocked({
          request: saveWith([false, false]),
          result: {
            errors: [
              new GraphQLError(refusal, {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'groups.0', message: refusal }] },
              }),
            ],
          },
        }),
      ],
    });
    const motion = await screen.findByRole(
      'checkbox',
      { name: 'Bredt begreb: motion, træning, bevægelse' },
      { timeout: LOADED }, // a busy test machine renders the first screen slowly; nothing is timed
    );
    expect(motion).toBeChecked();
    await user.click(motion);
    await user.click(screen.getByRole('button', { name: 'Gem synonymer' }));
    expect(await screen.findByText(/Markér den som bredt begreb/)).toBeInTheDocument();
  });
});
