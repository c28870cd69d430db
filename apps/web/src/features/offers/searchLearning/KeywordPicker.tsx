import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { searchLearningUi } from '../../../shared';
import { errorMessage } from '../../../components/errorMessage';
import { conflictFromError } from '../../../components/conflict';
import { FormField } from '../../../components/FormField';
import { useDebouncedValue } from '../useDebouncedValue';
import { ADD_OFFER_KEYWORD_MUTATION, KEYWORD_OFFERS_QUERY } from './searchMissQueries';

const m = searchLearningUi.misses;
const MAX_SHOWN = 8;
/** Typing merges into one request per pause (as the search page does). */
const SETTLE_MS = 250;

/**
 * "Tilføj som nøgleord til et tilbud" (ADR 054): find the offer by part of its name (the server searches,
 * ADR 063), then one click adds the word to its keywords, naming the version the list was read at (a
 * stale one gets CONFLICT).
 */
export function KeywordPicker({
  term,
  idPrefix,
  onAdded,
}: {
  term: string;
  idPrefix: string;
  onAdded: (text: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>();
  const wanted = useDebouncedValue(query.trim(), SETTLE_MS);
  const { data, loading, refetch } = useQuery(KEYWORD_OFFERS_QUERY, {
    variables: { nameContains: wanted, limit: MAX_SHOWN },
    skip: !wanted,
    fetchPolicy: 'cache-and-network',
  });
  const [add, { loading: adding }] = useMutation(ADD_OFFER_KEYWORD_MUTATION, {
    refetchQueries: ['SearchMisses'],
    awaitRefetchQueries: true,
  });
  const offers = wanted ? (data?.offers ?? []) : [];
  const id = `${idPrefix}-keyword-field`;
  const pick = async (offer: { id: string; name: string; version: number }) => {
    try {
      await add({ variables: { offerId: offer.id, version: offer.version, keyword: term } });
      setError(undefined);
      onAdded(m.addedKeyword(term, offer.name));
    } catch (caught) {
      const conflict = conflictFromError(caught);
      setError(conflict ? m.keywordConflict : errorMessage(caught));
      // The offer changed since the list was read: read it again, so the next click names its new version.
      if (conflict) void refetch().catch(() => undefined);
    }
  };
  return (
    <div className="search-miss__keyword" role="group" aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className="search-miss__keyword-title">
        {m.keywordHeading(term)}
      </p>
      <FormField id={id} label={m.offerSearchLabel} hint={m.offerSearchHint} error={error}>
        {(control) => (
          <input
            {...control}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
      </FormField>
      {wanted && !data && loading && <p>{m.offerSearching}</p>}
      {wanted && data && offers.length === 0 && <p>{m.offerNone}</p>}
      {offers.length > 0 && (
        <ul className="search-miss__offers" aria-label={m.offerPick}>
          {offers.map((offer) => (
            <li key={offer.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={adding}
                onClick={() => void pick(offer)}
              >
                {m.addKeyword(offer.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
