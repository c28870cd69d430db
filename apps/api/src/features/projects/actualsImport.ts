// Actual spend from the finance partner's Excel file (issue 9): one row per budget line (its ID, or the
// theme's code or the project's name with the year and the description) and the actual spend in kroner.
// Like the offer CSV import, every row is checked first and the file lands whole or not at all, with a
// Danish report per row and cell; each updated line gets the figure, a Source naming the file and the day,
// and a history row per changed field (ADR 016, ADR 027). Columns: docs/reference/actual-spend-import.md.
import ExcelJS from 'exceljs';
import { formatDateTime, now, parseDanishInput, projectMessages, today, isoToDate } from '@sundhed/shared';
import type { BudgetLine } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { diff, lockVersion, writeHistory, type Tx } from '../history/changeLog';

const m = projectMessages.actualsImport;
const col = m.columns;

/** The offer import's report shape (OfferImportReport): nothing is imported when a row is refused. */
export interface ActualsReport {
  imported: number;
  created: number;
  updated: number;
  errors: { line: number; column: string | null; message: string }[];
}

type Key = keyof typeof col;

/** A cell as text: exceljs gives numbers, strings, dates, rich text, formulas with results and links. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellText(value.result);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** Whole kroner from a number cell or Danish text ("1.234.567", "1.234.567 kr."); null when it is not. */
function kroner(value: ExcelJS.CellValue): number | null {
  const n =
    typeof value === 'number'
      ? value
      : value && typeof value === 'object' && 'result' in value && typeof value.result === 'number'
        ? value.result
        : parseDanishInput(cellText(value).replace(/kr\.?$/i, ''));
  return n !== null && Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? n : null;
}

function readHeader(row: ExcelJS.Row): Map<Key, number> {
  const byName = new Map<string, Key>(Object.entries(col).map(([k, v]) => [v.toLowerCase(), k as Key]));
  for (const alias of m.actualAliases) byName.set(alias, 'actualKr');
  const columns = new Map<Key, number>();
  row.eachCell((cell, n) => {
    const key = byName.get(cellText(cell.value).toLowerCase());
    if (key && !columns.has(key)) columns.set(key, n);
  });
  return columns;
}

class Rejected extends Error {
  constructor(readonly errors: ActualsReport['errors']) {
    super('import rejected');
  }
}

const rejected = (errors: ActualsReport['errors']): ActualsReport => ({
  imported: 0,
  created: 0,
  updated: 0,
  errors: errors.sort((a, b) => a.line - b.line),
});

export async function importActuals(ctx: Context, file: Buffer, fileName: string): Promise<ActualsReport> {
  const municipalityId = municipalityOf(ctx);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return rejected([{ line: 0, column: null, message: m.unreadable }]);
  }
  const sheet = book.worksheets[0];
  if (!sheet || sheet.actualRowCount < 2) return rejected([{ line: 1, column: null, message: m.noRows }]);
  const columns = readHeader(sheet.getRow(1));
  const missing: Key[] = ['actualKr', 'year'].filter((k) => !columns.has(k as Key)) as Key[];
  if (!columns.has('id') && !columns.has('theme') && !columns.has('project')) missing.push('theme');
  if (missing.length)
    return rejected(missing.map((k) => ({ line: 1, column: col[k], message: m.missingColumn(col[k]) })));

  try {
    return await ctx.db.$transaction(
      async (tx) => {
        const errors: ActualsReport['errors'] = [];
        const plan: { line: BudgetLine; actualKr: number }[] = [];
        const seen = new Set<string>();
        const [themes, projects] = await Promise.all([
          tx.theme.findMany({ where: { municipalityId }, select: { id: true, code: true } }),
          tx.project.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
        ]);
        const themeByCode = new Map(themes.map((t) => [t.code.toLowerCase(), t.id]));
        const projectByName = new Map(projects.map((p) => [p.name.toLowerCase(), p.id]));
        for (let n = 2; n <= sheet.rowCount; n++) {
          const row = sheet.getRow(n);
          const cell = (k: Key) => {
            const i = columns.get(k);
            return i === undefined ? null : row.getCell(i).value;
          };
          const text = (k: Key) => cellText(cell(k));
          if ((['id', 'theme', 'project', 'year', 'description', 'actualKr'] as Key[]).every((k) => !text(k))) continue;
          const before = errors.length;
          const add = (k: Key | null, message: string) => errors.push({ line: n, column: k ? col[k] : null, message });
          const actualKr = kroner(cell('actualKr'));
          if (actualKr === null) add('actualKr', m.actual);
          const versionText = text('version');
          const version = versionText ? Number(versionText) : null;
          if (versionText && !Number.isInteger(version)) add('version', m.version);
          const line = await findLine(tx, municipalityId, text, { themeByCode, projectByName }, add);
          if (errors.length > before || !line) continue;
          if (seen.has(line.id)) {
            add(columns.has('id') ? 'id' : 'description', m.duplicate);
            continue;
          }
          seen.add(line.id);
          // Row lock first, so the version compared is the one the update then bumps (ADR 016).
          const locked = await lockVersion(tx, 'BudgetLine', line.id);
          if (version !== null && locked !== null && version !== locked) {
            add('version', m.stale(version, locked));
            continue;
          }
          plan.push({ line, actualKr: actualKr! });
        }
        if (errors.length) throw new Rejected(errors);
        if (!plan.length) throw new Rejected([{ line: 1, column: null, message: m.noRows }]);
        const at = now();
        const source = await tx.source.create({
          data: {
            documentKey: `forbrug-${at.toISOString()}-${ctx.user!.id}`,
            title: m.sourceTitle(fileName),
            section: sheet.name,
            date: isoToDate(today(at)),
            note: m.sourceNote(formatDateTime(at), ctx.user!.name),
          },
        });
        let updated = 0;
        for (const { line, actualKr } of plan) {
          const changes = diff(
            { actualKr: line.actualKr, actualSourceId: line.actualSourceId },
            { actualKr, actualSourceId: source.id },
          );
          const row = await tx.budgetLine.update({
            where: { id: line.id },
            data: { actualKr, actualSourceId: source.id, version: { increment: 1 } },
          });
          const target = {
            municipalityId,
            recordType: 'BUDGET_LINE' as const,
            recordId: line.id,
            themeId: line.themeId,
            projectId: line.projectId,
          };
          await writeHistory(tx, ctx, target, 'UPDATE', changes, row.version);
          updated++;
        }
        return { imported: plan.length, created: 0, updated, errors: [] };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    if (e instanceof Rejected) return rejected(e.errors);
    throw e;
  }
}

/** The row's budget line: by ID, else by theme code or project name, year and description. */
async function findLine(
  tx: Tx,
  municipalityId: string,
  text: (k: Key) => string,
  parents: { themeByCode: Map<string, string>; projectByName: Map<string, string> },
  add: (k: Key | null, message: string) => void,
): Promise<BudgetLine | null> {
  const id = text('id');
  if (id) {
    const line = await tx.budgetLine.findFirst({ where: { id, municipalityId } });
    if (!line) add('id', m.unknownLine);
    return line;
  }
  const year = Number(text('year'));
  const description = text('description');
  const themeCode = text('theme');
  const projectName = text('project');
  if (!Number.isInteger(year) || year < 1900 || year > 2200) add('year', m.year);
  if (!description) add('description', m.description);
  if (!themeCode && !projectName) add(null, m.missingParent);
  const themeId = themeCode ? parents.themeByCode.get(themeCode.toLowerCase()) : undefined;
  const projectId = projectName ? parents.projectByName.get(projectName.toLowerCase()) : undefined;
  if (themeCode && !themeId) add('theme', m.unknownTheme(themeCode));
  if (projectName && !projectId) add('project', m.unknownProject(projectName));
  if (!Number.isInteger(year) || !description || (!themeId && !projectId)) return null;
  const lines = await tx.budgetLine.findMany({
    where: {
      municipalityId,
      year,
      description: { equals: description, mode: 'insensitive' },
      ...(themeId ? { themeId } : { projectId }),
    },
    take: 2,
  });
  if (lines.length > 1) add('id', m.ambiguous);
  if (!lines.length) add('description', m.noMatch(year, description));
  return lines.length === 1 ? lines[0]! : null;
}
