// GET /api/cofinancing/export.xlsx?fromYear=&toYear=: the co-financing page as a workbook (issue 13), one
// sheet per table, every sheet ending with its sources.
import ExcelJS from 'exceljs';
import { cofinancingUi as t } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { cofinancingOverview } from './overviewService';

export async function cofinancingWorkbook(ctx: Context, fromYear: number, toYear: number): Promise<Buffer> {
  const o = await cofinancingOverview(ctx, fromYear, toYear, false);
  const book = new ExcelJS.Workbook();
  const sources = o.imports
    .filter((i) => !i.superseded)
    .map((i) => `${i.sourceKind}: ${i.sourceText}${i.synthetic ? ` (${t.syntheticLabel})` : ''}`);
  const sheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const s = book.addWorksheet(name);
    s.addRow(header).font = { bold: true };
    rows.forEach((r) => s.addRow(r.map((v) => v ?? t.notComputed)));
    s.addRow([]);
    for (const src of [...new Set(sources)]) s.addRow([`${t.source}: ${src}`]);
    s.columns.forEach((c) => (c.width = 22));
  };
  sheet(
    'Pr. år',
    [
      t.year,
      t.amount,
      t.uncomputed,
      t.perInhabitant,
      ...o.comparisons.map((c) => `${c.label} ${t.perInhabitant.toLowerCase()}`),
    ],
    o.byYear.map((y) => [
      y.year,
      y.amount,
      y.uncomputedContacts,
      y.perInhabitant,
      ...o.comparisons.map((c) => c.byYear.find((b) => b.year === y.year)?.perInhabitant ?? null),
    ]),
  );
  const levelHeads = (unit: string) => o.comparisons.map((c) => `${c.label} ${unit.toLowerCase()}`);
  sheet(
    'Pr. måned',
    [t.year, t.month, t.amount, t.contacts, t.perInhabitant],
    o.byMonth.map((m) => [m.year, m.month, m.amount, m.contacts, m.perInhabitant]),
  );
  // The diagnosis code stays a column of its own; the label carries the Danish name where it is known.
  sheet(
    'Fordeling',
    ['', t.breakdownGroup, t.diagnosisCode, t.amount, t.contacts, t.perInhabitant, ...levelHeads(t.perInhabitant)],
    o.breakdown.map((b) => [
      t.dimension[b.dimension] ?? b.dimension,
      b.label,
      b.dimension === 'diagnosisGroup' ? b.key : '',
      b.amount,
      b.contacts,
      b.perInhabitant,
      ...b.levels.map((l) => l.value ?? l.reason),
    ]),
  );
  sheet(
    'Betalt mod beregnet',
    [t.year, t.month, t.aconto, t.settlement, t.computed],
    o.paid.map((p) => [p.year, p.month, p.aconto, p.settlement, p.computed]),
  );
  sheet(
    'Forebyggelige',
    [t.year, t.group, t.count, t.per1000, t.source, ...levelHeads(t.per1000)],
    o.preventable.map((p) => [
      p.year,
      p.label,
      p.count,
      p.per1000Aged65Plus,
      p.source,
      ...p.levels.map((l) => l.value ?? l.reason),
    ]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
