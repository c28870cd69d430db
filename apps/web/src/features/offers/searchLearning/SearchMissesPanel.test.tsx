import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { fold } from '../../../shared';
import { SearchMissesPanel } from './SearchMissesPanel';
import { axeViolations } from '../../../../test/axeViolations';
import {
  ADD_CONCEPT_TERM_MUTATION,
  ADD_OFFER_KEYWORD_MUTATION,
  ADD_SEARCH_SYNONYM_MUTATION,
  KEYWORD_OFFERS_QUERY,
  SEARCH_MISSES_QUERY,
} from './searchMissQueries';

const miss = {
  __typename: 'SearchMissTerm' as const,
  term: 'knogleskoer',
  display: 'knogleskør',
  count: 4,
  lastSeenAt: '2026-12-03T09:00:00Z',
};

describe('SearchMissesPanel', () => {
  // The folded term ('knogleskoer') keys the row; the written form ('knogleskør') is shown and added.
  it('lists words searched in vain and adds one as a synonym in one step', async () => {
    const user = userEvent.setup();
    renderRoute(<SearchMissesPanel />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: {
            data: { searchMisses: [miss], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: [] },
          },
        }),
        mocked({
          request: {
            query: ADD_SEARCH_SYNONYM_MUTATION,
            variables: { version: 7, term: 'knogleskør', meaning: 'osteoporose' },
          },
          result: { data: { addSearchSynonym: [['osteoporose', 'knogleskør']] } },
        }),
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: { data: { searchMisses: [], searchesNotOpened: [], searchSynonymsVersion: 8, nationalConcepts: [] } },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Søgninger uden resultat' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'knogleskør' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '4' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '3.12.2026' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Betyder det samme som (for "knogleskør")'), 'osteoporose');
    await user.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(
      await screen.findByText('"knogleskør" er tilføjet som synonym til "osteoporose". Søgningen bruger det nu.'),
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
          result: {
            data: { searchMisses: [miss], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: national },
          },
        }),
        mocked({
          request: { query: ADD_CONCEPT_TERM_MUTATION, variables: { nationalId: 'osteoporose', term: 'knogleskør' } },
          result: {
            data: {
              addMunicipalConceptTerm: {
                __typename: 'MunicipalConcept',
                id: 'c1',
                addedTerms: ['knogleskør'],
                version: 1,
              },
            },
          },
        }),
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: {
            data: { searchMisses: [], searchesNotOpened: [], searchSynonymsVersion: 7, nationalConcepts: national },
          },
        }),
      ],
    });
    await user.type(
      await screen.findByLabelText('Eller tilføj "knogleskør" til et begreb i ordforrådet'),
      'osteoporose',
    );
    await user.click(screen.getByRole('button', { name: 'Tilføj til begreb' }));
    expect(
      await screen.findByText('"knogleskør" er tilføjet til begrebet "osteoporose". Søgningen bruger det nu.'),
    ).toBeInTheDocument();
  });

  it('adds a word of a search where nothing was opened as a keyword to an offer, found by name', async () => {
    const user = userEvent.setup();
    const unopened = { ...miss, term: 'knaeskade', display: 'knæskade', count: 3 };
    const offer = (version: number, keywords: string[]) => ({
      __typename: 'Offer' as const,
      id: 'o-knae',
      name: 'Træning efter knæoperation',
      version,
      keywords,
    });
    const { container } = renderRoute(<SearchMissesPanel />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: {
            data: { searchMisses: [], searchesNotOpened: [unopened], searchSynonymsVersion: 7, nationalConcepts: [] },
          },
        }),
        // The server finds by part of the name (folded, ADR 063); as the worker types, the first letter
        // goes at once and the rest settles into one more request.
        mocked({
          request: {
            query: KEYWORD_OFFERS_QUERY,
            variables: ({ limit }) => limit === 8,
          },
          result: ({ nameContains }) => ({
            data: {
              offers: [offer(4, []), { ...offer(2, []), id: 'o-ryg', name: 'Rygestopkursus' }].filter((o) =>
                fold(o.name).includes(fold(nameContains)),
              ),
            },
          }),
          maxUsageCount: Number.POSITIVE_INFINITY,
        }),
        mocked({
          request: {
            query: ADD_OFFER_KEYWORD_MUTATION,
            variables: { offerId: 'o-knae', version: 4, keyword: 'knæskade' },
          },
          result: { data: { addOfferKeyword: { ...offer(5, ['knæskade']) } } },
        }),
        mocked({
          request: { query: SEARCH_MISSES_QUERY },
          result: {
            data: { searchMisses: [], searchesNotOpened: [unopened], searchSynonymsVersion: 7, nationalConcepts: [] },
          },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Søgninger uden åbnet tilbud' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'knæskade' })).toBeInTheDocument();
    expect(screen.getByText('Ingen ord er søgt forgæves mindst tre gange de seneste 90 dage.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Søgninger uden åbnet tilbud' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Tilføj som nøgleord til et tilbud' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.type(screen.getByRole('searchbox', { name: 'Find tilbuddet' }), 'knæ');
    // The settled request ("knæ") leaves only the offer whose name holds it.
    const knee = 'Tilføj som nøgleord til Træning efter knæoperation';
    await waitFor(() => {
      expect(screen.getByRole('button', { name: knee })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Rygestopkursus/ })).not.toBeInTheDocument();
    });
    const pick = screen.getByRole('button', { name: knee });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(pick);
    expect(
      await screen.findByText(
        '"knæskade" er tilføjet som nøgleord til "Træning efter knæoperation". Søgningen bruger det nu.',
      ),
    ).toBeInTheDocument();
  });
});
