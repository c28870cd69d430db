import { formatKr as formatKroner, formatNumber } from '@sundhed/shared/format';
import { formatTable } from '../format/formatTable';
import type { CofinancingResult } from './CofinancingAccumulator';
import type { CofinancingReport } from './cofinancingFromCsv';

const DIMENSIONS: [keyof CofinancingResult & ('byAgeGroup' | 'bySector' | 'byContactType'), string][] = [
  ['bySector', 'Sektor'],
  ['byContactType', 'Kontakttype'],
  ['byAgeGroup', 'Aldersgruppe'],
];

/** The `--table` output of `cofinancing`: Danish labels, `1.234.567 kr.` amounts. */
export function formatCofinancingTable(report: CofinancingReport): string {
  const { base, compare, difference } = report;
  const out: string[] = [
    `Kommunal medfinansiering – satssæt ${base.rateSetId}${compare ? ` sammenlignet med ${compare.rateSetId}` : ''}`,
    '',
  ];
  if (base.shadow)
    out.push('Bemærk: fra 2019 betales a conto; det aktivitetsbaserede beløb er en skyggeberegning.', '');
  const header = compare ? ['', base.rateSetId, compare.rateSetId, 'Forskel'] : ['', 'Beløb'];
  const line = (label: string, a: number, b?: number, d?: number): string[] =>
    compare
      ? [label, formatKroner(a, 2), formatKroner(b ?? 0, 2), formatKroner(d ?? 0, 2)]
      : [label, formatKroner(a, 2)];
  out.push(formatTable(header, [line('I alt', base.total, compare?.total, difference?.total)]));
  for (const [key, label] of DIMENSIONS) {
    const keys = [...new Set([...Object.keys(base[key]), ...Object.keys(compare?.[key] ?? {})])];
    out.push(
      '',
      formatTable(
        [label, ...header.slice(1)],
        keys.map((k) => line(k, base[key][k] ?? 0, compare?.[key][k] ?? 0, difference?.[key][k] ?? 0)),
      ),
    );
  }
  out.push('', `Linjer importeret: ${formatNumber(report.rows)}; kontakter: ${formatNumber(base.contacts, 2)}`);
  if (base.perCapita !== null) out.push(`Pr. indbygger: ${formatKroner(base.perCapita, 2)}`);
  out.push(`Særskilt regnskab (100 % kommunal finansiering): ${formatKroner(base.separateLedger.total, 2)}`);
  out.push(`Særlige pladser (uden for medfinansieringen): ${formatNumber(base.excluded.contacts, 2)} kontakter`);
  if (base.paid.total !== 0)
    out.push(
      `Betalt a conto: ${formatKroner(base.paid.aconto, 2)}; efterregulering: ${formatKroner(base.paid.efterregulering, 2)}`,
    );
  const approximate = [...new Set([...base.approximateRules, ...(compare?.approximateRules ?? [])])];
  if (approximate.length > 0) out.push(`Omtrentlige satser brugt (kilden runder): ${approximate.join(', ')}`);
  return out.join('\n');
}
