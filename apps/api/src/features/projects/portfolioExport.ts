// Management information out of the app (issue 9): the portfolio and the overview as Excel workbooks
// (exceljs), one sheet per table, Danish number and date formats, and the source of every row in a
// column. Reads each table in one statement; a project lead gets its unit's projects only.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  formatQuarter,
  dateToIso,
  isoToDate,
  milestoneDue,
  milestoneTimeliness,
  missingStatusReport,
  projectMessages as pm,
  today,
  ui,
} from '@sundhed/shared';
import type { Milestone, Source } from '../../__generated__/prisma/client';
import type { Db } from '../../db/prisma';

const KR = '#,##0" kr."';
const NUMBER = '#,##0.##';
const DAY = 'd.m.yyyy';
const c = pm.export.columns;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const status = (s: string) => (ui.status as Record<string, string>)[s] ?? s;

/** A source as one cell: "Title, section, 26.4.2023, link". */
export function sourceText(s: Source | null | undefined): string {
  if (!s) return '';
  const date = s.date ? `${s.date.getUTCDate()}.${s.date.getUTCMonth() + 1}.${s.date.getUTCFullYear()}` : null;
  return [s.title, s.section, date, s.url].filter(Boolean).join(', ');
}

export interface Column {
  header: string;
  key: string;
  width?: number;
  numFmt?: string;
}

/** A workbook being written: streamed (the route, the bench) or in memory. */
export type Book = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Writes a workbook as .xlsx to a stream with exceljs's streaming writer (rows are written as they come,
 * not kept as a document in memory: several times faster than building the whole workbook first).
 */
export async function writeXlsx(stream: NodeJS.WritableStream, build: (book: Book) => Promise<void>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as never,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = 'Sundhedsoverblik';
  book.created = new Date();
  await build(book);
  await book.commit();
}

/** The same as a buffer. */
export async function xlsxBuffer(build: (book: Book) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  await writeXlsx(stream, build);
  await ended;
  return Buffer.concat(chunks);
}

/**
 * One sheet: a bold, frozen, filterable header row and the rows. Every cell of a column shares ONE style
 * object: exceljs remembers a style object's id (a WeakMap), while its column styles give each cell a
 * copy that it serialises and looks up again, which was most of the export's time.
 */
export function sheet(book: Book, name: string, columns: Column[], rows: Record<string, unknown>[]) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const plain = {};
  const styles = columns.map((col) => (col.numFmt ? { numFmt: col.numFmt } : plain));
  // The column's format is also the column's own style in the file (cells typed there later get it).
  ws.columns = columns.map((col, i) => ({
    header: col.header,
    key: col.key,
    width: col.width ?? 18,
    style: styles[i],
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const keys = columns.map((col) => col.key);
  for (const values of rows) {
    const row = ws.addRow(keys.map((key) => values[key] ?? null));
    styles.forEach((style, i) => (row.getCell(i + 1).style = style));
    if ('commit' in row) row.commit();
  }
  if ('commit' in ws) ws.commit();
  return ws;
}

const timeliness = (m: Milestone, day: string) =>
  pm.timeliness[
    milestoneTimeliness(
      { year: m.year, quarter: m.quarter, date: iso(m.date), status: m.status, completedOn: iso(m.completedOn) },
      day,
    )
  ];
const due = (m: Milestone) => isoToDate(milestoneDue({ year: m.year, quarter: m.quarter, date: iso(m.date) }));
const when = (m: Milestone) =>
  m.date
    ? iso(m.date)!.split('-').reverse().map(Number).join('.')
    : m.quarter
      ? formatQuarter(m.year, m.quarter)
      : String(m.year);

/** The portfolio: projects, ownership, milestones, budget, status reports and indicators. */
export async function portfolioWorkbook(
  book: Book,
  db: Db,
  municipalityId: string,
  unitId?: string | null,
  /** Only these projects (the portfolio list's filters, see exportRoute.ts); all when absent. */
  onlyIds?: readonly string[],
): Promise<void> {
  const where = {
    municipalityId,
    ...(unitId !== undefined ? { ownerUnitId: unitId ?? '-' } : {}),
    ...(onlyIds ? { id: { in: [...onlyIds] } } : {}),
  };
  const projects = await db.project.findMany({ where, orderBy: { name: 'asc' } });
  const ids = projects.map((p) => p.id);
  const [units, themes, sources, ownership, milestones, budget, reports, indicators] = await Promise.all([
    db.orgUnit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
    db.theme.findMany({ where: { municipalityId }, select: { id: true, code: true, title: true } }),
    db.source.findMany(),
    db.projectOwnership.findMany({ where: { projectId: { in: ids } }, orderBy: { fromDate: 'asc' } }),
    db.milestone.findMany({
      where: { projectId: { in: ids } },
      orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
    }),
    db.budgetLine.findMany({ where: { projectId: { in: ids } }, orderBy: [{ year: 'asc' }, { description: 'asc' }] }),
    db.statusReport.findMany({
      where: { projectId: { in: ids } },
      include: { author: { select: { name: true } } },
      orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
    }),
    db.indicator.findMany({ where: { projectId: { in: ids } }, include: { values: true }, orderBy: { name: 'asc' } }),
  ]);
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const theme = new Map(themes.map((t) => [t.id, `${t.code}: ${t.title}`]));
  const source = new Map(sources.map((s) => [s.id, s]));
  const name = new Map(projects.map((p) => [p.id, p.name]));
  const src = (id: string | null) => sourceText(id ? source.get(id) : null);
  const day = today();
  const group = <T extends { projectId: string | null }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) if (r.projectId) m.set(r.projectId, [...(m.get(r.projectId) ?? []), r]);
    return m;
  };
  const milestonesOf = group(milestones);
  const reportsOf = group(reports);
  const ownershipOf = group(ownership);

  sheet(
    book,
    pm.export.projectsSheet,
    [
      { header: c.project, key: 'name', width: 32 },
      { header: c.theme, key: 'theme', width: 28 },
      { header: c.owner, key: 'owner', width: 30 },
      { header: c.status, key: 'status' },
      { header: c.purpose, key: 'purpose', width: 40 },
      { header: c.targetGroup, key: 'targetGroup', width: 30 },
      { header: c.late, key: 'late', numFmt: '0' },
      { header: c.latestReport, key: 'latestReport' },
      { header: c.latestColour, key: 'latestColour' },
      { header: c.missingReport, key: 'missingReport' },
      { header: c.source, key: 'source', width: 50 },
    ],
    projects.map((p) => {
      const latest = reportsOf.get(p.id)?.[0];
      const firstOwned = (ownershipOf.get(p.id) ?? []).map((o) => iso(o.fromDate)).find(Boolean);
      const missing = missingStatusReport(
        {
          status: p.status,
          closedOn: iso(p.closedOn),
          activeFrom: iso(p.startDate) ?? firstOwned ?? dateToIso(p.createdAt),
        },
        (q) => (reportsOf.get(p.id) ?? []).some((r) => r.year === q.year && r.quarter === q.quarter),
        day,
      );
      return {
        name: p.name,
        theme: p.themeId ? theme.get(p.themeId) : pm.missing,
        owner: p.ownerUnitId ? unit.get(p.ownerUnitId) : pm.missing,
        status: status(p.status),
        purpose: p.purpose ?? pm.missing,
        targetGroup: p.targetGroup ?? pm.missing,
        late: (milestonesOf.get(p.id) ?? []).filter((m) => timeliness(m, day) === pm.timeliness.LATE).length,
        latestReport: latest ? formatQuarter(latest.year, latest.quarter) : '',
        latestColour: latest ? pm.reportColour[latest.colour] : '',
        missingReport: missing ? formatQuarter(missing.year, missing.quarter) : '',
        source: src(p.sourceId),
      };
    }),
  );
  sheet(
    book,
    pm.export.ownershipSheet,
    [
      { header: c.project, key: 'project', width: 32 },
      { header: c.owner, key: 'owner', width: 30 },
      { header: c.from, key: 'from', numFmt: DAY },
      { header: c.to, key: 'to', numFmt: DAY },
      { header: c.note, key: 'note', width: 60 },
      { header: c.source, key: 'source', width: 50 },
    ],
    ownership.map((o) => ({
      project: name.get(o.projectId),
      owner: unit.get(o.orgUnitId),
      from: o.fromDate,
      to: o.toDate,
      note: o.note,
      source: src(o.sourceId),
    })),
  );
  sheet(
    book,
    pm.export.milestonesSheet,
    [
      { header: c.project, key: 'project', width: 32 },
      { header: c.date, key: 'when' },
      { header: c.due, key: 'due', numFmt: DAY },
      { header: c.text, key: 'text', width: 50 },
      { header: c.status, key: 'status' },
      { header: c.timeliness, key: 'timeliness' },
      { header: c.completedOn, key: 'completedOn', numFmt: DAY },
      { header: c.source, key: 'source', width: 50 },
    ],
    milestones.map((m) => ({
      project: name.get(m.projectId!),
      when: when(m),
      due: due(m),
      text: m.text,
      status: status(m.status),
      timeliness: timeliness(m, day),
      completedOn: m.completedOn,
      source: src(m.sourceId),
    })),
  );
  budgetSheet(book, budget, (b) => name.get(b.projectId!) ?? '', c.project, src);
  sheet(
    book,
    pm.export.statusSheet,
    [
      { header: c.project, key: 'project', width: 32 },
      { header: c.quarter, key: 'quarter' },
      { header: c.status, key: 'colour' },
      { header: c.text, key: 'text', width: 60 },
      { header: c.author, key: 'author', width: 24 },
      { header: c.reportedAt, key: 'reportedAt', numFmt: DAY },
      { header: c.source, key: 'source', width: 50 },
    ],
    reports.map((r) => ({
      project: name.get(r.projectId),
      quarter: formatQuarter(r.year, r.quarter),
      colour: pm.reportColour[r.colour],
      text: r.text,
      author: r.author?.name ?? '',
      reportedAt: r.reportedAt,
      source: src(r.sourceId),
    })),
  );
  sheet(
    book,
    pm.export.indicatorsSheet,
    [
      { header: c.project, key: 'project', width: 32 },
      { header: c.name, key: 'name', width: 32 },
      { header: c.unit, key: 'unit' },
      { header: c.baseline, key: 'baseline', numFmt: NUMBER },
      { header: c.target, key: 'target', numFmt: NUMBER },
      { header: c.period, key: 'period' },
      { header: c.value, key: 'value', numFmt: NUMBER },
      { header: c.source, key: 'source', width: 50 },
    ],
    indicators.flatMap((i) => {
      const base = {
        project: name.get(i.projectId),
        name: i.name,
        unit: i.unit,
        baseline: i.baseline?.toNumber() ?? null,
        target: i.target?.toNumber() ?? null,
      };
      if (!i.values.length) return [{ ...base, source: src(i.sourceId) }];
      return i.values.map((v) => ({
        ...base,
        period: v.quarter ? formatQuarter(v.year, v.quarter) : String(v.year),
        value: v.value.toNumber(),
        source: src(v.sourceId ?? i.sourceId),
      }));
    }),
  );
}

type BudgetRow = {
  projectId: string | null;
  themeId: string | null;
  year: number;
  description: string;
  amountKr: number | null;
  actualKr: number | null;
  staffHours: { toNumber(): number } | null;
  hoursUnit: string | null;
  fundingSource: string | null;
  sourceId: string | null;
  actualSourceId: string | null;
};

function budgetSheet(
  book: Book,
  rows: BudgetRow[],
  parent: (b: BudgetRow) => string,
  parentHeader: string,
  src: (id: string | null) => string,
) {
  sheet(
    book,
    pm.export.budgetSheet,
    [
      { header: parentHeader, key: 'parent', width: 32 },
      { header: c.year, key: 'year', numFmt: '0' },
      { header: c.description, key: 'description', width: 40 },
      { header: c.amountKr, key: 'amountKr', numFmt: KR },
      { header: c.actualKr, key: 'actualKr', numFmt: KR },
      { header: c.staffHours, key: 'staffHours', numFmt: NUMBER },
      { header: c.hoursUnit, key: 'hoursUnit' },
      { header: c.fundingSource, key: 'fundingSource', width: 24 },
      { header: c.source, key: 'source', width: 60 },
    ],
    rows.map((b) => ({
      parent: parent(b),
      year: b.year,
      description: b.description,
      amountKr: b.amountKr,
      actualKr: b.actualKr,
      staffHours: b.staffHours?.toNumber() ?? null,
      hoursUnit: b.hoursUnit ? (ui.hoursUnitOption as Record<string, string>)[b.hoursUnit] : null,
      fundingSource: b.fundingSource,
      source: [src(b.sourceId), b.actualSourceId ? `${c.actualKr}: ${src(b.actualSourceId)}` : '']
        .filter(Boolean)
        .join('; '),
    })),
  );
}

/** The overview: themes, their milestones and budget lines, and the projects under them. */
export async function overviewWorkbook(book: Book, db: Db, municipalityId: string): Promise<void> {
  const themes = await db.theme.findMany({ where: { municipalityId }, orderBy: { code: 'asc' } });
  const ids = themes.map((t) => t.id);
  const [milestones, budget, projects, sources, units] = await Promise.all([
    db.milestone.findMany({
      where: { themeId: { in: ids } },
      orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { date: 'asc' }],
    }),
    db.budgetLine.findMany({ where: { themeId: { in: ids } }, orderBy: [{ year: 'asc' }, { description: 'asc' }] }),
    db.project.findMany({ where: { municipalityId }, orderBy: { name: 'asc' } }),
    db.source.findMany(),
    db.orgUnit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
  ]);
  const source = new Map(sources.map((s) => [s.id, s]));
  const src = (id: string | null) => sourceText(id ? source.get(id) : null);
  const label = new Map(themes.map((t) => [t.id, `${t.code}: ${t.title}`]));
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const day = today();
  sheet(
    book,
    pm.export.themesSheet,
    [
      { header: c.code, key: 'code', width: 8 },
      { header: c.title, key: 'title', width: 40 },
      { header: c.status, key: 'status' },
      { header: 'Tidsramme', key: 'timeFrame', width: 30 },
      { header: c.late, key: 'late', numFmt: '0' },
      { header: c.source, key: 'source', width: 60 },
    ],
    themes.map((t) => ({
      code: t.code,
      title: t.title,
      status: status(t.status),
      timeFrame: t.timeFrame,
      late: milestones.filter((m) => m.themeId === t.id && timeliness(m, day) === pm.timeliness.LATE).length,
      source: src(t.sourceId),
    })),
  );
  sheet(
    book,
    pm.export.milestonesSheet,
    [
      { header: c.theme, key: 'theme', width: 32 },
      { header: c.date, key: 'when' },
      { header: c.due, key: 'due', numFmt: DAY },
      { header: c.text, key: 'text', width: 50 },
      { header: c.status, key: 'status' },
      { header: c.timeliness, key: 'timeliness' },
      { header: c.source, key: 'source', width: 60 },
    ],
    milestones.map((m) => ({
      theme: label.get(m.themeId!),
      when: when(m),
      due: due(m),
      text: m.text,
      status: status(m.status),
      timeliness: timeliness(m, day),
      source: src(m.sourceId),
    })),
  );
  budgetSheet(book, budget, (b) => label.get(b.themeId!) ?? '', c.theme, src);
  sheet(
    book,
    pm.export.projectsSheet,
    [
      { header: c.project, key: 'name', width: 32 },
      { header: c.theme, key: 'theme', width: 32 },
      { header: c.owner, key: 'owner', width: 30 },
      { header: c.status, key: 'status' },
      { header: c.source, key: 'source', width: 60 },
    ],
    projects.map((p) => ({
      name: p.name,
      theme: p.themeId ? label.get(p.themeId) : pm.missing,
      owner: p.ownerUnitId ? unit.get(p.ownerUnitId) : pm.missing,
      status: status(p.status),
      source: src(p.sourceId),
    })),
  );
}
