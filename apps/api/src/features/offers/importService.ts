// CSV import in the export's format: every row is checked first (the same shared schema as the form,
// plus the references), and only a file without a single bad row is written, in one transaction.
import { conflictMessages, fieldLabels, handoutMessages, now, validationMessages as m } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { columnByField, parseCsv, readHeader, readRow } from './offerCsv';
import { applyOffer, insertOffer, validateOffer } from './offerService';
import { fullOfferInclude, mergeInput, snapshotOf, type Snapshot } from './offerRecord';
import { lockOffer } from './offerVersion';
import { LINKED_COLUMNS, readLinkedFile, type LinkedFile, type LinkedRow } from './offerListsCsv';

export interface ImportError {
  /** Which file: the offer file, or the linked places or times file (ADR 043). */
  file?: 'tilbud' | LinkedFile;
  line: number;
  column: string | null;
  message: string;
}

/** Rejected import: thrown inside the transaction so nothing is written, caught outside. */
class Rejected extends Error {
  constructor(readonly errors: ImportError[]) {
    super('import rejected');
  }
}

/** The linked file's rows grouped by offer key (the ID, or the lower-cased name of a new offer). */
function groupLinked(file: LinkedFile, csv: string | null | undefined, errors: ImportError[]) {
  if (csv == null) return null;
  const read = readLinkedFile(file, csv);
  errors.push(...read.errors.map((e) => ({ file, ...e })));
  const groups = new Map<string, LinkedRow[]>();
  for (const row of read.rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

const LIST_FIELD: Record<LinkedFile, 'locations' | 'schedules'> = { steder: 'locations', tider: 'schedules' };
const LINKED_FILES = ['steder', 'tider'] as const;

export async function importOffersCsv(ctx: Context, csv: string, places?: string | null, times?: string | null) {
  const municipalityId = municipalityOf(ctx);
  const userId = ctx.user!.id;
  const linkedErrors: ImportError[] = [];
  const linked = {
    steder: groupLinked('steder', places, linkedErrors),
    tider: groupLinked('tider', times, linkedErrors),
  };
  if (linkedErrors.length) return rejected(linkedErrors);
  const { records, error } = parseCsv(csv);
  if (error) return rejected([{ line: error.line, column: null, message: error.message }]);
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return rejected([{ line: 1, column: null, message: m.csvNoRows }]);
  const { headers, errors: headerErrors } = readHeader(header.cells);
  if (headerErrors.length) return rejected(headerErrors.map((e) => ({ line: header.line, ...e })));

  try {
    return await ctx.db.$transaction(
      async (tx) => {
        const units = new Map(
          (await tx.orgUnit.findMany({ where: { municipalityId }, select: { id: true, name: true } })).map((u) => [
            u.id,
            u.name,
          ]),
        );
        const errors: ImportError[] = [];
        const seenNames = new Map<string, number>();
        const seenIds = new Set<string>();
        const plan: {
          current: Awaited<ReturnType<typeof loadOffer>>;
          before: Snapshot | null;
          input: Parameters<typeof insertOffer>[3];
        }[] = [];
        // Row lock first, so the version compared below is the one the update then bumps (ADR 016).
        async function loadOffer(id: string) {
          if ((await lockOffer(tx, id, municipalityId)) === null) return null;
          return tx.offer.findFirst({ where: { id, municipalityId }, include: fullOfferInclude });
        }
        for (const row of rows) {
          const add = (column: string | null, message: string) => errors.push({ line: row.line, column, message });
          if (row.cells.length > headers.length) add(null, m.csvColumnCount);
          const { id, version, values, errors: cellErrors } = readRow(headers, row.cells, units);
          cellErrors.forEach((e) => add(e.column, e.message));
          const current = id ? await loadOffer(id) : null;
          if (id && !current) add('ID', `ID ${m.csvUnknownId}`);
          // A row that changes an offer names the version exported; an offer changed since is refused.
          if (current && version === null && !cellErrors.some((e) => e.column === 'Version'))
            add('Version', conflictMessages.csvMissingVersion);
          if (current && version !== null && version !== current.version)
            add('Version', conflictMessages.csvRow(version, current.version));
          if (id && seenIds.has(id)) add('ID', `ID ${m.csvDuplicateInFile}`);
          if (id) seenIds.add(id);
          const name = typeof values.name === 'string' ? values.name.toLowerCase() : '';
          if (name && seenNames.has(name)) add('Navn', `${fieldLabels.name} ${m.csvDuplicateInFile}`);
          if (name) seenNames.set(name, row.line);
          // This offer's places and times from the linked files, by its ID or (a new offer) its name.
          const rowsOf: Partial<Record<LinkedFile, LinkedRow[]>> = {};
          for (const file of LINKED_FILES) {
            const key = id ?? name;
            const mine = key ? linked[file]?.get(key) : undefined;
            if (!mine) continue;
            linked[file]!.delete(key);
            rowsOf[file] = mine;
            values[LIST_FIELD[file]] = mine.map((r) => r.values);
          }
          if (cellErrors.length || (id && !current) || (current && version !== current.version)) continue;
          const before = current ? snapshotOf(current) : null;
          const raw = before ? mergeInput(before, values) : values;
          const result = await validateOffer(tx, municipalityId, raw, current?.id ?? null);
          if (!result.ok) {
            for (const issue of result.issues) {
              const [, field = '', index, sub] = issue.path.split('.');
              const file = LINKED_FILES.find((f) => LIST_FIELD[f] === field && rowsOf[f]);
              const at = file && index !== undefined ? rowsOf[file]![Number(index)] : undefined;
              if (file && at) {
                const column = LINKED_COLUMNS[file].find((c) => c.field === sub)?.header ?? null;
                errors.push({ file, line: at.line, column, message: issue.message });
              } else add(columnByField.get(field) ?? null, issue.message);
            }
            continue;
          }
          plan.push({ current, before, input: result.input });
        }
        // Rows of the linked files whose offer is not in the offer file.
        for (const file of LINKED_FILES)
          for (const group of linked[file]?.values() ?? [])
            for (const row of group)
              errors.push({ file, line: row.line, column: 'Tilbud-ID', message: handoutMessages.lists.notInOfferFile });
        if (errors.length) throw new Rejected(errors);
        const at = now();
        let created = 0;
        let updated = 0;
        let unchanged = 0;
        for (const p of plan) {
          if (p.current && p.before) {
            const { changes } = await applyOffer(tx, p.current, p.before, userId, p.input, 'IMPORT', at);
            if (changes.length) updated++;
            else unchanged++;
          } else {
            await insertOffer(tx, municipalityId, userId, p.input, 'IMPORT', at);
            created++;
          }
        }
        return { imported: plan.length, created, updated, unchanged, errors: [] };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    if (e instanceof Rejected) return rejected(e.errors);
    throw e;
  }
}

function rejected(errors: ImportError[]) {
  const order = { tilbud: 0, steder: 1, tider: 2 };
  const withFile = errors.map((e) => ({ ...e, file: e.file ?? 'tilbud' }));
  withFile.sort((a, b) => order[a.file] - order[b.file] || a.line - b.line);
  return { imported: 0, created: 0, updated: 0, unchanged: 0, errors: withFile };
}
