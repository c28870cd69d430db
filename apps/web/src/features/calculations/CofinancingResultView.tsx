import { formatKr, formatNumber, ui } from '../../shared';
import type { Breakdown, CofinancingSimulationData, KeyedAmountData } from './calculationQueries';

const t = ui.calculations.cofinancing;
const c = ui.calculations;
const BREAKDOWNS: Breakdown[] = ['byAgeGroup', 'bySector', 'byContactType'];
const labelFor = (breakdown: Breakdown, key: string) =>
  (breakdown === 'byAgeGroup' ? c.ageGroup : breakdown === 'bySector' ? c.sector : c.contactType)[key] ?? key;

/** "somatik/stationaer/all" -> "Somatik, Indlæggelse, Alle aldre" */
const ruleLabel = (rule: string) => {
  const [sector = '', contactType = '', ageGroup = ''] = rule.split('/');
  return [c.sector[sector] ?? sector, c.contactType[contactType] ?? contactType, c.ageGroup[ageGroup] ?? ageGroup].join(
    ', ',
  );
};

function amountOf(list: KeyedAmountData[] | undefined, key: string): number {
  return list?.find((entry) => entry.key === key)?.amount ?? 0;
}

/** Totals, the three breakdowns side by side for both rate sets, and the difference. */
export function CofinancingResultView({
  simulation,
  nameOf,
}: {
  simulation: CofinancingSimulationData;
  /** A rate set's name by its key (the results come back keyed). */
  nameOf: (rateSetId: string) => string;
}) {
  const { base, compare, difference } = simulation;
  const facts: [string, string][] = [
    [t.rows, formatNumber(simulation.rows)],
    [t.total(nameOf(base.rateSetId)), formatKr(base.total)],
    ...(compare ? [[t.total(nameOf(compare.rateSetId)), formatKr(compare.total)] as [string, string]] : []),
    ...(difference ? [[t.difference, formatKr(difference.total)] as [string, string]] : []),
    ...(base.separateLedger.total !== 0
      ? [[t.separateLedger, formatKr(base.separateLedger.total)] as [string, string]]
      : []),
    ...(base.paid.total !== 0 ? [[t.paid, formatKr(base.paid.total)] as [string, string]] : []),
    ...(base.excludedContacts !== 0 ? [[t.excluded, formatNumber(base.excludedContacts)] as [string, string]] : []),
  ];
  const approximate = [...new Set([...base.approximateRules, ...(compare?.approximateRules ?? [])])];
  return (
    <div className="calc-result">
      <dl className="facts facts--wide key-figures">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {difference && <p className="muted">{t.differenceHint}</p>}
      {(base.shadow || compare?.shadow) && <p className="notice">{t.shadow}</p>}
      {approximate.length > 0 && <p className="muted">{t.approximate(approximate.map(ruleLabel).join('; '))}</p>}
      {BREAKDOWNS.map((breakdown) => {
        const keys = [...new Set([...base[breakdown], ...(compare?.[breakdown] ?? [])].map((entry) => entry.key))];
        const caption = t[breakdown];
        return (
          <div key={breakdown} className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
            <table className="data-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.key[breakdown]}</th>
                  <th scope="col" className="num">
                    {t.base(nameOf(base.rateSetId))}
                  </th>
                  {compare && (
                    <th scope="col" className="num">
                      {t.compared(nameOf(compare.rateSetId))}
                    </th>
                  )}
                  {difference && (
                    <th scope="col" className="num">
                      {t.difference}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key}>
                    <th scope="row">{labelFor(breakdown, key)}</th>
                    <td className="num">{formatKr(amountOf(base[breakdown], key))}</td>
                    {compare && <td className="num">{formatKr(amountOf(compare[breakdown], key))}</td>}
                    {difference && <td className="num">{formatKr(amountOf(difference[breakdown], key))}</td>}
                  </tr>
                ))}
                <tr className="row--total">
                  <th scope="row">{t.totalRow}</th>
                  <td className="num">{formatKr(base.total)}</td>
                  {compare && <td className="num">{formatKr(compare.total)}</td>}
                  {difference && <td className="num">{formatKr(difference.total)}</td>}
                </tr>
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
