import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate, formatKr, projectsUi as t, today } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { ReportColourLabel } from '../../components/ReportColourLabel';
import { StatusLabel } from '../../components/StatusLabel';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { statusOptions, useProjectOptions } from './projectOptions';
import { PROJECT_PORTFOLIO_QUERY, type PortfolioRow } from './portfolioQueries';
import { exportHref, FILTER_PARAMS, filterFrom, hasFilters, PAGE_SIZE, pageFrom } from './portfolioParams';

/** The budget of the current year (shared clock) in kr., or null when the project has none for it. */
function budgetOf(row: PortfolioRow, year: number): number | null {
  const lines = row.budgetLines.filter((line) => line.year === year && line.amountKr != null);
  return lines.length ? lines.reduce((sum, line) => sum + (line.amountKr ?? 0), 0) : null;
}

function LateCount({ count }: { count: number }) {
  if (count === 0) return <span className="late-count">{t.lateCount(0)}</span>;
  return (
    <span className="late-count late-count--late">
      <span aria-hidden="true" className="late-count__icon">
        ⚠{' '}
      </span>
      {t.lateCount(count)}
    </span>
  );
}

/** The filters of the list; each change is written to the URL and starts again at page 1. */
function PortfolioFilters({
  params,
  onChange,
  municipalityWide,
}: {
  params: URLSearchParams;
  onChange: (key: (typeof FILTER_PARAMS)[number], value: string) => void;
  /** Theme and owner filters need the municipality's themes and units (not for a project lead). */
  municipalityWide: boolean;
}) {
  const { themes, units } = useProjectOptions(!municipalityWide);
  const f = t.filters;
  return (
    <form className="portfolio-filters" role="search" aria-label={f.legend} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{f.legend}</legend>
        <div className="portfolio-filters__row">
          {municipalityWide && (
            <div className="field">
              <label htmlFor="filter-tema">{f.theme}</label>
              <select
                id="filter-tema"
                value={params.get('tema') ?? ''}
                onChange={(e) => onChange('tema', e.target.value)}
              >
                <option value="">{f.all}</option>
                {themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {municipalityWide && (
            <div className="field">
              <label htmlFor="filter-ejer">{f.owner}</label>
              <select
                id="filter-ejer"
                value={params.get('ejer') ?? ''}
                onChange={(e) => onChange('ejer', e.target.value)}
              >
                <option value="">{f.all}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="filter-status">{f.status}</label>
            <select
              id="filter-status"
              value={params.get('status') ?? ''}
              onChange={(e) => onChange('status', e.target.value)}
            >
              <option value="">{f.all}</option>
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-aar">{f.year}</label>
            <p id="filter-aar-hint" className="field__hint">
              {f.yearHint}
            </p>
            <input
              id="filter-aar"
              type="text"
              inputMode="numeric"
              size={6}
              aria-describedby="filter-aar-hint"
              value={params.get('aar') ?? ''}
              onChange={(e) => onChange('aar', e.target.value)}
            />
          </div>
        </div>
        <div className="portfolio-filters__row">
          <div className="checkbox-field">
            <input
              id="filter-opmaerksomhed"
              type="checkbox"
              checked={params.get('opmaerksomhed') === '1'}
              onChange={(e) => onChange('opmaerksomhed', e.target.checked ? '1' : '')}
            />
            <label htmlFor="filter-opmaerksomhed">{f.needsAttention}</label>
          </div>
          <div className="checkbox-field">
            <input
              id="filter-lukkede"
              type="checkbox"
              checked={params.get('lukkede') === '1'}
              onChange={(e) => onChange('lukkede', e.target.checked ? '1' : '')}
            />
            <label htmlFor="filter-lukkede">{f.includeClosed}</label>
          </div>
        </div>
      </fieldset>
    </form>
  );
}

function PortfolioTable({ rows, year }: { rows: PortfolioRow[]; year: number }) {
  const c = t.columns;
  return (
    <div className="table-scroll" role="region" aria-label={t.listCaption} tabIndex={0}>
      <table className="data-table portfolio-table">
        <caption>{t.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.theme}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.latestReport}</th>
            <th scope="col">{c.late}</th>
            <th scope="col" className="num">
              {c.budget(year)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const budget = budgetOf(row, year);
            return (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/projekter/${row.id}`}>{row.name}</Link>
                  {row.closedOn && (
                    <span className="portfolio-table__closed"> {t.closed(formatDate(row.closedOn))}</span>
                  )}
                </th>
                <td>{row.theme ? `${row.theme.code}: ${row.theme.title}` : t.noTheme}</td>
                <td>{row.ownerUnit?.name ?? t.noOwner}</td>
                <td>
                  <StatusLabel status={row.status} />
                </td>
                <td>
                  {row.latestStatusReport ? (
                    <ReportColourLabel
                      colour={row.latestStatusReport.colour}
                      label={row.latestStatusReport.colourLabel}
                      suffix={` (${row.latestStatusReport.quarterLabel})`}
                    />
                  ) : (
                    t.noReport
                  )}
                  {row.missingStatusReport && (
                    <span className="portfolio-table__missing">
                      <span aria-hidden="true">⚠ </span>
                      {t.missingReport(row.missingStatusReport.label)}
                    </span>
                  )}
                </td>
                <td>
                  <LateCount count={row.lateMilestoneCount} />
                </td>
                <td className="num">{budget == null ? t.noBudget : formatKr(budget)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "/projekter": the staff unit's and the director's portfolio (a project lead: its unit's projects), 50 a
 * page, with the filters in the URL (tema, ejer, status, aar, opmaerksomhed, lukkede, side) and the same
 * filters on the Excel export.
 */
export function ProjectsPage() {
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const role = useViewer().data?.me?.role;
  const filter = filterFrom(params);
  const page = pageFrom(params);
  const { data, previousData, loading, error, refetch } = useQuery(PROJECT_PORTFOLIO_QUERY, {
    variables: { filter, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const result = (data ?? previousData)?.projectPortfolio;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  const year = Number(today().slice(0, 4));
  const headingRef = useRef<HTMLHeadingElement>(null);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'side') next.delete('side');
    setParams(next, { replace: key !== 'side' });
  };
  const clearFilters = () => setParams(new URLSearchParams());

  // A new page starts at the list's heading, so keyboard users need not walk back up.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current !== page) headingRef.current?.focus();
    shownPage.current = page;
  }, [page]);

  return (
    <div className="page projects-page">
      <div className="page-heading">
        <h1>{t.title}</h1>
        <nav aria-label={t.staffLinks} className="page-heading__links">
          {role === 'sundhedsstab' && (
            <Link className="button button--secondary button--small" to="/projekter/ny">
              {t.newProject}
            </Link>
          )}
          <a className="button button--secondary button--small" href={exportHref(params)} download>
            {t.exportXlsx}
          </a>
        </nav>
      </div>
      <PortfolioFilters
        params={params}
        onChange={setParam}
        municipalityWide={role === 'sundhedsstab' || role === 'direktoer'}
      />
      <p className="search-count" role="status" aria-live="polite" aria-atomic="true">
        {result ? t.count(result.totalCount) : ''}
        {loading && result ? <span className="search-count__busy"> {t.updating}</span> : null}
      </p>
      <h2 className="visually-hidden" tabIndex={-1} ref={headingRef}>
        {t.listCaption}
      </h2>
      {loading && !result ? (
        <LoadingStatus text={t.loading} />
      ) : error && !result ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !result || result.items.length === 0 ? (
        <div className="empty-state">
          <p>{hasFilters(params) ? t.empty : t.emptyNone}</p>
          {hasFilters(params) && (
            <button type="button" className="button button--secondary" onClick={clearFilters}>
              {t.filters.clear}
            </button>
          )}
        </div>
      ) : (
        <>
          <PortfolioTable rows={result.items} year={year} />
          {pages > 1 && (
            <nav className="pager" aria-label={t.paging.label}>
              <button
                type="button"
                className="button button--secondary"
                disabled={page <= 1}
                onClick={() => setParam('side', page - 1 > 1 ? String(page - 1) : '')}
              >
                {t.paging.previous}
              </button>
              <span className="pager__page">{t.paging.page(page, pages)}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={page >= pages}
                onClick={() => setParam('side', String(page + 1))}
              >
                {t.paging.next}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
