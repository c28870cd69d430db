// Tables of the co-financing page (issue 13, ADR 068): the breakdowns and the preventable admissions with a
// column per comparison level, and the months in kroner or per inhabitant. A level without a figure says
// "ikke importeret" (or "ikke beregnet") in the cell and why under the table.
import { useState } from 'react';
import { cofinancingUi as t, formatDecimal, formatKr, formatNumber } from '../../shared';
import type { CofinancingOverviewData } from './cofinancingQueries';

type Level = CofinancingOverviewData['breakdown'][number]['levels'][number];

const perInhabitant = (value: number | null | undefined) => (value == null ? t.notComputed : formatKr(value, 2));

/** The cell of a level: the figure, or a short reason ("ikke importeret", "ikke beregnet"). */
function levelCell(level: Level | undefined, format: (value: number) => string) {
  if (level?.value != null) return format(level.value);
  return level?.reason?.startsWith(t.notImported) ? t.notImported : t.notComputed;
}

/** Each level's reason once, under the table. */
function Reasons({ rows }: { rows: { levels: Level[] }[] }) {
  const reasons = new Map<string, string>();
  for (const r of rows) for (const l of r.levels) if (l.value == null && l.reason) reasons.set(l.label, l.reason);
  if (!reasons.size) return null;
  return (
    <ul className="source-line">
      {[...reasons].map(([label, reason]) => (
        <li key={label}>
          {label}: {reason}
        </li>
      ))}
    </ul>
  );
}

const DIMENSIONS = ['sector', 'contactType', 'ageGroup', 'diagnosisGroup'] as const;

/** One table per breakdown, the municipality per inhabitant against every comparison level. */
export function BreakdownTables({ overview, year }: { overview: CofinancingOverviewData; year: number }) {
  const levels = overview.comparisons.map((c) => c.label);
  return (
    <>
      {DIMENSIONS.map((dimension) => {
        const rows = overview.breakdown.filter((b) => b.dimension === dimension);
        if (!rows.length) return null;
        const name = t.dimension[dimension]!;
        const caption = t.levelsCaption(name, year);
        const nameSources = [...new Set(rows.flatMap((r) => (r.labelSource ? [`${r.key}: ${r.labelSource}`] : [])))];
        return (
          <div key={dimension}>
            <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
              <table className="data-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{name}</th>
                    <th scope="col">{t.amount}</th>
                    <th scope="col">{t.contacts}</th>
                    <th scope="col">{t.perInhabitant}</th>
                    {levels.map((label, i) => (
                      <th scope="col" key={i}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">{r.label}</th>
                      <td className="num">{formatKr(r.amount)}</td>
                      <td className="num">{formatNumber(r.contacts)}</td>
                      <td className="num">{perInhabitant(r.perInhabitant)}</td>
                      {levels.map((_, i) => (
                        <td className="num" key={i}>
                          {levelCell(r.levels[i], (v) => formatKr(v, 2))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {dimension === 'ageGroup' && <p className="source-line">{t.levelsAgeNote}</p>}
            <Reasons rows={rows} />
            {nameSources.length > 0 && (
              <p className="source-line">
                {t.diagnosisNamesSource}: {nameSources.join('; ')}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}

/** The months as a table, in kroner or per inhabitant (each month over that year's population). */
export function MonthTable({ overview }: { overview: CofinancingOverviewData }) {
  const [perPerson, setPerPerson] = useState(false);
  const caption = perPerson ? t.monthsTablePerInhabitantCaption : t.monthsTableCaption;
  return (
    <>
      <fieldset className="cofinancing-month-view">
        <legend>{t.monthsView}</legend>
        <label>
          <input type="radio" name="cofin-month-view" checked={!perPerson} onChange={() => setPerPerson(false)} />{' '}
          {t.monthsViewAmount}
        </label>{' '}
        <label>
          <input type="radio" name="cofin-month-view" checked={perPerson} onChange={() => setPerPerson(true)} />{' '}
          {t.monthsViewPerInhabitant}
        </label>
      </fieldset>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              <th scope="col">{perPerson ? t.perInhabitant : t.amount}</th>
              <th scope="col">{t.contacts}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byMonth.map((m) => (
              <tr key={`${m.year}-${m.month}`}>
                <th scope="row">{`${m.month}.${m.year}`}</th>
                <td className="num">{perPerson ? perInhabitant(m.perInhabitant) : formatKr(m.amount)}</td>
                <td className="num">{formatNumber(m.contacts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Preventable admissions per group and year, per 1,000 aged 65+ against every comparison level. */
export function PreventableTable({ overview }: { overview: CofinancingOverviewData }) {
  const levels = overview.comparisons.map((c) => c.label);
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t.preventableLevelsCaption} tabIndex={0}>
        <table className="data-table">
          <caption>{t.preventableLevelsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              <th scope="col">{t.group}</th>
              <th scope="col">{t.count}</th>
              <th scope="col">{t.per1000}</th>
              {levels.map((label, i) => (
                <th scope="col" key={i}>
                  {label}
                </th>
              ))}
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {overview.preventable.map((p) => (
              <tr key={`${p.year}-${p.group}`}>
                <td>{p.year}</td>
                <th scope="row">{p.label}</th>
                <td className="num">{formatNumber(p.count)}</td>
                <td className="num">
                  {p.per1000Aged65Plus == null ? t.notComputed : formatDecimal(p.per1000Aged65Plus)}
                </td>
                {levels.map((_, i) => (
                  <td className="num" key={i}>
                    {levelCell(p.levels[i], (v) => formatDecimal(v))}
                  </td>
                ))}
                <td>{p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Reasons rows={overview.preventable} />
    </>
  );
}
