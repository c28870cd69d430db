import { memo } from 'react';
import { SearchHitCard } from './SearchHitCard';
import type { OfferSearchHitData } from './searchQueries';

/** The hit cards; memoised so a keystroke re-renders them only when new hits arrive. */
export const HitList = memo(function HitList({ hits }: { hits: OfferSearchHitData[] }) {
  return (
    <>
      {hits.map((hit) => (
        <SearchHitCard key={hit.offer.id} hit={hit} />
      ))}
    </>
  );
});
