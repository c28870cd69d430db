import { memo } from 'react';
import { SearchHitCard } from './SearchHitCard';
import type { OfferSearchHitData } from './searchQueries';

/**
 * The hit cards; memoised so a keystroke re-renders them only when new hits arrive. `search` is the
 * query string the hits came from (their links carry it for "Tilbage til søgningen").
 */
export const HitList = memo(function HitList({ hits, search }: { hits: OfferSearchHitData[]; search: string }) {
  return (
    <>
      {hits.map((hit) => (
        <SearchHitCard key={hit.offer.id} hit={hit} search={search} />
      ))}
    </>
  );
});
