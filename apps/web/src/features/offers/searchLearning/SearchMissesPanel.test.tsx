import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { SearchMissesPanel } from './SearchMissesPanel';
import { ADD_CONCEPT_TERM_MUTATION, ADD_SEARCH_SYNONYM_MUTATION, SEARCH_MISSES_QUERY } from './searchMissQueries';

const miss = {
  __typename: 'SearchMissTerm' as const,
  term: 'knogleskoer',
  count: 4,
  lastSeenAt: '2026-12-03T09:00:00Z',
};

describe('SearchMissesPanel', () => {
  it('lists words searched in vain and adds one as a synonym in one step', async () => {
    const user = userEvent.setup();
    renderRoute(<SearchMissesPanel />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: { data: { searchMisses: [miss], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: [] } },
        }),
        mocked({
          request: {
            query: ADD_SEARCH_SYNONYM_MUTATION,
            variables: { version: 7, term: 'knogleskoer', meaning: 'osteoporose' },
          },
          result: { data: { addSearchSynonym: [['osteoporose', 'knogleskoer']] } },
        }),
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: { data: { searchMisses: [], searchesNotOpened: [], searchSynonymsVersion: 8, nationalConcepts: [] } },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Søgninger uden resultat' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'knogleskoer' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '4' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '3.12.2026' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Betyder det samme som (for "knogleskoer")'), 'osteoporose');
    await user.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(
      await screen.findByText('"knogleskoer" er tilføjet som synonym til "osteoporose". Søgningen bruger det nu.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Ingen ord er søgt forgæves mindst tre gange de seneste 90 dage.'),
    ).toBeInTheDocument();
  });

  it('adds a word searched in vain to a concept of the vocabulary in one step', async () => {
    const user = userEvent.setup();
    const national = [{ __typename: 'NationalConcept' as const, id: 'osteoporose', label: 'osteoporose' }];
    renderRoute(<SearchMissesPanel />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: { data: { searchMisses: [miss], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: national } },
        }),
        mocked({
          request: { query: ADD_CONCEPT_TERM_MUTATION, variables: { nationalId: 'osteoporose', term: 'knogleskoer' } },
          result: {
            data: {
              addMunicipalConceptTerm: {
                __typename: 'MunicipalConcept',
                id: 'c1',
                addedTerms: ['knogleskoer'],
                version: 1,
              },
            },
          },
        }),
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: { data: { searchMisses: [], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: national } },
        }),
      ],
    });
    await user.type(
      await screen.findByLabelText('Eller tilføj "knogleskoer" til et begreb i ordforrådet'),
      'osteoporose',
    );
    await user.click(screen.getByRole('button', { name: 'Tilføj til begreb' }));
    expect(
      await screen.findByText('"knogleskoer" er tilføjet til begrebet "osteoporose". Søgningen bruger det nu.'),
    ).toBeInTheDocument();
  });
});
