import { useQuery } from '@apollo/client/react';
import { cofinancingUi as t, formatKr, formatNumber, formatPercent } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import type { CofinancingThemeFQuery as ThemeFQuery } from '../../__generated__/graphql';
import { COFINANCING_THEME_F_QUERY } from './cofinancingQueries';

const DIMENSIONS = ['total', 'sector', 'contactType', 'ageGroup'] as const;
const kr = (value: number | null | undefined) => (value == null ? t.notComputed : formatKr(value));

/**
 * Theme F on stored data: the year's activity priced under the flat and the age-differentiated rules,
 * a table per breakdown; a cell whose contacts need a missing rate reads "ikke beregnet".
 */
export function ThemeFSection({ year, staff }: { year: number; staff: boolean }) {
  const { data, loading, error, refetch } = useQuery(COFINANCING_THEME_F_QUERY, { variables: { year } });
  const f = data?.cofinancingThemeF;
  return (
    <section aria-labelledby="cofin-theme-f">
      <h2 id="cofin-theme-f">{t.themeFTitle(year)}</h2>
      {loading && !f ? (
        <LoadingStatus />
      ) : error && !f ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : f && f.cells.length === 0 ? (
        <p>{t.themeFEmpty}</p>
      ) : f ? (
        <>
          <p>{f.note}</p>
          {DIMENSIONS.map((dimension) => {
            const rows = f.cells.filter((c) => c.dimension === dimension);
            if (!rows.length) return null;
            const name = dimension === 'total' ? t.themeFTotal : (t.dimension[dimension] ?? dimension);
            return (
              <div
                className="table-scroll"
                role="region"
                aria-label={t.themeFCaption(name, f.year)}
                tabIndex={0}
                key={dimension}
              >
                <table className="data-table">
                  <caption>{t.themeFCaption(name, f.year)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{name}</th>
                      <th scope="col">{t.contacts}</th>
                      <th scope="col">{t.themeFAmount(f.baseLabel)}</th>
                      <th scope="col">{t.themeFAmount(f.alternativeLabel)}</th>
                      <th scope="col">{t.themeFDifference}</th>
                      <th scope="col">{t.themeFApproximate}</th>
                      <th scope="col">{t.themeFMissing}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((c) => (
                      <tr key={c.key}>
                        <th scope="row">{c.label}</th>
                        <td className="num">{formatNumber(c.contacts)}</td>
                        <td className="num">{kr(c.flatAmount)}</td>
                        <td className="num">{kr(c.ageAmount)}</td>
                        <td className="num">{kr(c.difference)}</td>
                        <td className="num">{formatPercent(c.approximateShare)}</td>
                        <td className="num">{formatPercent(c.missingShare)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
          <MissingRates cell={f.cells.find((c) => c.dimension === 'total')} staff={staff} />
        </>
      ) : null}
    </section>
  );
}

type Cell = NonNullable<ThemeFQuery['cofinancingThemeF']>['cells'][number];

/**
 * Why cells read "ikke beregnet": each missing rate in words, how the staff unit fills it in (the rate-set
 * editor, linked for the staff unit), and the share of the result resting on approximate or missing rates.
 */
export function MissingRates({ cell, staff }: { cell: Cell | undefined; staff: boolean }) {
  if (!cell?.missingRates.length) return null;
  return (
    <div className="notice" role="note" aria-labelledby="cofin-theme-f-missing">
      <h3 id="cofin-theme-f-missing">{t.themeFMissingTitle}</h3>
      <ul>
        {cell.missingRates.map((text) => (
          <li key={text}>{text}.</li>
        ))}
      </ul>
      <p>{t.themeFShareNote(formatPercent(cell.approximateShare), formatPercent(cell.missingShare))}</p>
      <p>
        {t.themeFMissingHow} {staff && <a href="#cofin-rates">{t.themeFMissingLink}</a>}
      </p>
    </div>
  );
}
