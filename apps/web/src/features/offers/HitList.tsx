import { memo, useEffect, useRef, useState } from 'react';
import { ui } from '../../shared';
import { SearchHitCard } from './SearchHitCard';
import type { OfferSearchHitData } from './searchQueries';

/**
 * How many hits a new answer shows at first. Creating the cards' DOM was the largest part of the time from
 * an answer to its frame on a throttled CPU that the answer itself controls (ADR 073); a tablet's screen
 * shows three to four cards, and the rest come with one press of "Vis … tilbud mere".
 */
export const FIRST_HITS = 10;

/**
 * The hit cards; memoised so a keystroke re-renders them only when new hits arrive. `search` is the
 * query string the hits came from (their links carry it for "Tilbage til søgningen"). A new answer shows
 * its first FIRST_HITS; the button shows the rest and moves focus to the first of them.
 */
export const HitList = memo(function HitList({ hits, search }: { hits: OfferSearchHitData[]; search: string }) {
  const [all, setAll] = useState({ hits, on: false });
  // A new answer starts short again (adjusting state while rendering: no extra pass).
  if (all.hits !== hits) setAll({ hits, on: false });
  const showAll = all.hits === hits && all.on;
  const shown = showAll ? hits : hits.slice(0, FIRST_HITS);
  // The first card the button showed gets focus (the button itself is gone), so keyboard and screen-reader
  // users go on where the list was cut.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.querySelector('a')?.focus();
  });
  return (
    <>
      {shown.map((hit) => (
        <SearchHitCard key={hit.offer.id} hit={hit} search={search} />
      ))}
      {shown.length < hits.length && (
        <button
          type="button"
          className="button button--secondary hits__more"
          onClick={() => {
            focusAfterRender.current = `hit-${hits[FIRST_HITS]?.offer.id ?? ''}`;
            setAll({ hits, on: true });
          }}
        >
          {ui.offers.showMore(hits.length - shown.length)}
        </button>
      )}
    </>
  );
});
