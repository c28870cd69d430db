import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDecimal, searchTextWithoutControls, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { SearchFilters, type SearchFilterValues } from './SearchFilters';
import { HitList } from './HitList';
import { filtersFrom, searchAddress, useAddressFollows, useAddressOfHits } from './searchAddress';
import { searchInput, statedFractionalAge, statedImpossibleAge, unreadableAge } from './searchInput';
import { pageFromSearch } from './searchReturn';
import type { OfferSearchInput } from './searchQueries';
import { OfflineBanner } from './offline/OfflineBanner';
import { useDebouncedValue } from './useDebouncedValue';
import { useOfferSearch } from './useOfferSearch';
import { useNotOpenedReport } from './searchLearning/useNotOpenedReport';
import { QueryChips, UnmetChips, readChips } from './searchLearning/QueryChips';
import { withIgnoredChips } from './searchLearning/withIgnoredChips';

/**
 * How long typing must pause before a search is sent. Short: people type 150–300 ms per key, so each
 * keystroke still gets its own results (bench/search-keystroke.ts), and only bursts (key repeat,
 * fast corrections) are merged. Was 150 ms, which alone spent the 100 ms keystroke-to-results budget.
 */
const SETTLE_MS = 30;

/**
 * "/tilbud": front-line search. Results come as you type (SETTLE_MS settle time); a newer search
 * replaces the older one (Apollo drops the stale request), and the previous hits stay while the next load.
 */
export function OffersPage() {
  useDocumentTitle(ui.offers.title);
  const [params] = useSearchParams();
  // Control characters (pasted, or in a link's ?q=) become spaces: a search text is never refused (issue 11).
  const [text, setText] = useState(() => searchTextWithoutControls(params.get('q') ?? ''));
  const [filters, setFilters] = useState<SearchFilterValues>(() => filtersFrom(params));
  // Chips the user removed (issue 11); typing a new text brings them back.
  const [ignoredChips, setIgnoredChips] = useState<{ text: string; kinds: string[] }>({ text: '', kinds: [] });
  const ignored = ignoredChips.text === text ? ignoredChips.kinds : [];
  const settledKey = useDebouncedValue(
    JSON.stringify(withIgnoredChips(searchInput(text, filters), ignored)),
    SETTLE_MS,
  );
  const input = useMemo(() => JSON.parse(settledKey) as OfferSearchInput | null, [settledKey]);
  const inputRef = useRef<HTMLInputElement>(null);
  // "200 år" or age 200: not searched for, and named (not a silent "0 tilbud").
  const impossible = statedImpossibleAge(text, filters);
  // "7,5" in the age filter: searched as 7, and said so.
  const fractional = statedFractionalAge(filters);
  // "syv" in the age filter (a text field, so that "7,5" can be typed): named, not dropped without a word.
  const unreadable = unreadableAge(filters);
  const role = useViewer().data?.me?.role;

  // The address follows the search once typing rests (not per keystroke: ADR 066).
  const address = searchAddress(text, filters);
  const writeAddress = useAddressFollows(address);
  // The outbox's "Tilbage til søgningen" returns to this search (query and filters), as an offer's does.
  const outbox = pageFromSearch('/tilbud/udbakke', address);

  const { result, loading, error, refetch, offlineSince, offlineWithoutCopy, renderedQuery, answeredBy } =
    useOfferSearch(input);
  // The hit links carry the search their hits came from ("Tilbage til søgningen"), fixed when new hits
  // arrive, so the cards are not re-rendered per keystroke.
  const hitsAddress = useAddressOfHits(result?.hits, address);
  const showResult = input !== null && result;
  // ADR 054: a search whose hits were shown (from the server) and none opened is reported on leaving it.
  const hitsShown = Boolean(showResult && result.hits.length > 0 && !offlineSince && !loading);
  const markOpened = useNotOpenedReport(input?.text ?? null, hitsShown);
  const openedFrom = (event: { target: EventTarget }) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) return;
    writeAddress();
    markOpened();
  };

  const searchFor = (suggestion: string) => {
    setText(suggestion);
    inputRef.current?.focus();
  };

  return (
    <div className="page offers-search">
      <div className="page-heading">
        <h1>{ui.offers.searchTitle}</h1>
        {role === 'sundhedsstab' && (
          <nav aria-label={ui.offers.staffLinks} className="page-heading__links">
            <Link className="button button--secondary button--small" to="/tilbud/ny">
              {ui.offers.newOffer}
            </Link>
            <Link className="button button--secondary button--small" to="/tilbud/vedligehold">
              {ui.offers.maintenance}
            </Link>
            <Link className="button button--secondary button--small" to={outbox}>
              {ui.offers.outbox}
            </Link>
          </nav>
        )}
        {role === 'frontmedarbejder' && (
          <nav aria-label={ui.offers.staffLinks} className="page-heading__links">
            <Link className="button button--secondary button--small" to={outbox}>
              {ui.offers.outbox}
            </Link>
          </nav>
        )}
      </div>
      <div className="search-box">
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="offer-search" className="search-box__label">
            {ui.offers.searchLabel}
          </label>
          <p id="offer-search-hint" className="field__hint">
            {ui.offers.searchHint}
          </p>
          <input
            ref={inputRef}
            id="offer-search"
            className="search-box__input"
            type="search"
            autoComplete="off"
            aria-describedby="offer-search-hint"
            value={text}
            onChange={(e) => {
              const typed = searchTextWithoutControls(e.target.value);
              setText(typed);
            }}
          />
        </form>
        <SearchFilters values={filters} onChange={setFilters} />
      </div>

      {/* The chips the search applied, and those it read but no offer met with the rest, as its answer says. */}
      <QueryChips
        chips={showResult ? readChips(result.understood) : []}
        onRemove={(kind) => setIgnoredChips({ text, kinds: [...ignored, kind] })}
      />
      <UnmetChips chips={showResult ? readChips(result.unmet) : []} />
      {impossible !== null && (
        <p className="field__hint" role="note">
          {ui.offers.impossibleAge(formatDecimal(impossible))}
        </p>
      )}
      {unreadable && (
        <p className="field__hint" role="note">
          {ui.offers.unreadableAge}
        </p>
      )}
      {fractional !== null && (
        <p className="field__hint" role="note">
          {ui.offers.fractionalAge(formatDecimal(fractional.typed), formatDecimal(fractional.searched))}
        </p>
      )}
      <OfflineBanner savedAt={offlineSince} withoutCopy={offlineWithoutCopy} />
      <p
        className="search-count"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-query={renderedQuery ?? undefined}
        data-answered-by={renderedQuery === null ? undefined : answeredBy}
      >
        {input === null ? '' : result ? ui.offers.count(result.total) : loading ? ui.offers.searching : ''}
        {loading && result && input !== null ? (
          <span className="search-count__busy"> {ui.offers.searching}</span>
        ) : null}
      </p>

      {input === null ? (
        <p className="empty-state">{ui.offers.startHint}</p>
      ) : error ? (
        <ErrorPanel error={error} retrying={loading} onRetry={refetch} />
      ) : showResult && result.hits.length > 0 ? (
        <section
          aria-label={ui.offers.resultsLabel}
          className={loading ? 'hits hits--stale' : 'hits'}
          onClickCapture={openedFrom}
          onAuxClickCapture={openedFrom}
        >
          <HitList hits={result.hits} search={hitsAddress} />
        </section>
      ) : showResult ? (
        <div className="no-hits">
          <p className="no-hits__title">{ui.offers.noHits}</p>
          <p>{ui.offers.noHitsHelp}</p>
          {result.suggestions.length > 0 && (
            <>
              <p className="no-hits__suggest" id="suggestions-title">
                {ui.offers.suggestionsTitle}
              </p>
              <ul className="chips" aria-labelledby="suggestions-title">
                {result.suggestions.map((suggestion) => (
                  <li key={suggestion}>
                    <button
                      type="button"
                      className="chip"
                      aria-label={ui.offers.searchFor(suggestion)}
                      onClick={() => searchFor(suggestion)}
                    >
                      {suggestion}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.withoutFilters.length > 0 && (
            <section aria-label={ui.offers.withoutFiltersTitle} className="hits" onClickCapture={writeAddress}>
              <p>{ui.offers.withoutFiltersTitle}</p>
              <HitList hits={result.withoutFilters} search={hitsAddress} />
            </section>
          )}
        </div>
      ) : null}
    </div>
  );
}
