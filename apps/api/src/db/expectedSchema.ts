// The database structure schema.prisma implies, in Prisma Migrate's own naming conventions.
// Used twice: to write the first CREATE migration (scripts/schema-sql.ts) and to prove that the
// migrated database matches the schema (schema-match.test.ts).
import { readFileSync } from 'node:fs';

export interface ExpectedColumn {
  type: string; // PostgreSQL type as pg_catalog.format_type prints it
  nullable: boolean;
  default?: string;
}
export interface ExpectedForeignKey {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'NO ACTION' | 'SET DEFAULT';
}
export interface ExpectedIndex {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}
export interface ExpectedSchema {
  enums: Record<string, string[]>;
  tables: Record<string, { columns: Record<string, ExpectedColumn>; primaryKey: string[] }>;
  foreignKeys: ExpectedForeignKey[];
  indexes: ExpectedIndex[];
}

const scalarTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Float: 'double precision',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
};

interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

function columnType(field: DmmfField): string {
  let base: string;
  if (field.kind === 'enum') base = `"${field.type}"`;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    base = name === 'Date' ? 'date' : name === 'Decimal' ? `numeric(${args.join(',')})` : name.toLowerCase();
  } else base = scalarTypes[field.type] ?? field.type;
  return field.isList ? `${base}[]` : base;
}

function columnDefault(field: DmmfField): string | undefined {
  const d = field.default as { name?: string } | string | number | boolean | undefined;
  if (d === undefined) return undefined;
  if (typeof d === 'object' && d !== null && 'name' in d) {
    return d.name === 'now' ? 'CURRENT_TIMESTAMP' : undefined; // uuid() and cuid() are filled in by the client
  }
  // An empty list default (`@default([])`) as PostgreSQL states it; no other list defaults are used.
  if (Array.isArray(d)) return d.length === 0 ? `ARRAY[]::${columnType(field)}` : undefined;
  const scalar = d as string | number | boolean; // past the function and list defaults: a scalar
  if (field.kind === 'enum') return `'${String(scalar)}'::"${field.type}"`;
  if (['Int', 'BigInt', 'Float', 'Decimal'].includes(field.type)) return String(scalar);
  if (typeof scalar === 'string') return `'${scalar}'::text`;
  return String(scalar);
}

type GetDmmf = typeof import('@prisma/internals').getDMMF;

export async function loadExpectedSchema(schemaPath: string): Promise<ExpectedSchema> {
  // @prisma/internals is CommonJS; ESM (tsx) and CommonJS (Jest) see its exports differently.
  const internals = (await import('@prisma/internals')) as unknown as {
    getDMMF?: GetDmmf;
    default?: { getDMMF: GetDmmf };
  };
  const getDMMF = (internals.getDMMF ?? internals.default?.getDMMF) as GetDmmf;
  const dmmf = await getDMMF({ datamodel: readFileSync(schemaPath, 'utf8') });
  const { datamodel } = dmmf;
  const result: ExpectedSchema = { enums: {}, tables: {}, foreignKeys: [], indexes: [] };
  for (const e of datamodel.enums) result.enums[e.name] = e.values.map((v) => v.name);

  for (const model of datamodel.models) {
    const fields = model.fields as unknown as DmmfField[];
    const columns: Record<string, ExpectedColumn> = {};
    for (const f of fields) {
      if (f.kind === 'object') continue;
      const col: ExpectedColumn = { type: columnType(f), nullable: !f.isRequired };
      const def = columnDefault(f);
      if (def !== undefined) col.default = def;
      columns[f.name] = col;
    }
    const idField = fields.find((f) => f.isId);
    const primaryKey = idField ? [idField.name] : [...(model.primaryKey?.fields ?? [])];
    result.tables[model.name] = { columns, primaryKey };

    for (const f of fields) {
      if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
      const required = f.relationFromFields.every((name) => fields.find((x) => x.name === name)?.isRequired);
      const onDelete = (f.relationOnDelete?.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase() ??
        (required ? 'RESTRICT' : 'SET NULL')) as ExpectedForeignKey['onDelete'];
      result.foreignKeys.push({
        name: `${model.name}_${f.relationFromFields.join('_')}_fkey`,
        table: model.name,
        columns: f.relationFromFields,
        refTable: f.type,
        refColumns: f.relationToFields ?? ['id'],
        onDelete,
      });
    }
  }

  for (const index of datamodel.indexes) {
    if (index.type === 'id') continue;
    const columns = index.fields.map((f) => f.name);
    const unique = index.type === 'unique';
    result.indexes.push({
      name: index.dbName ?? `${index.model}_${columns.join('_')}_${unique ? 'key' : 'idx'}`,
      table: index.model,
      columns,
      unique,
    });
  }
  return result;
}

/** CREATE statements for an empty database, in the order Prisma Migrate writes them. */
export function toCreateSql(schema: ExpectedSchema): string {
  const out: string[] = [];
  for (const [name, values] of Object.entries(schema.enums)) {
    out.push(`-- CreateEnum\nCREATE TYPE "${name}" AS ENUM (${values.map((v) => `'${v}'`).join(', ')});\n`);
  }
  for (const [table, { columns, primaryKey }] of Object.entries(schema.tables)) {
    const lines = Object.entries(columns).map(([col, c]) => {
      const type = c.type
        .replace('timestamp(3) without time zone', 'TIMESTAMP(3)')
        .toUpperCase()
        .replace(/^"(.*)"(\[\])?$/, (_m, n, l) => `"${n}"${l ?? ''}`);
      const enumSafe = c.type.startsWith('"') ? c.type : type;
      const def = c.default
        ? ` DEFAULT ${c.default.startsWith('ARRAY[]') ? c.default.toUpperCase() : c.default.replace(/::.*$/, '')}`
        : '';
      return `    "${col}" ${enumSafe}${c.nullable ? '' : ' NOT NULL'}${def},`;
    });
    lines.push(`\n    CONSTRAINT "${table}_pkey" PRIMARY KEY (${primaryKey.map((c) => `"${c}"`).join(',')})`);
    out.push(`-- CreateTable\nCREATE TABLE "${table}" (\n${lines.join('\n')}\n);\n`);
  }
  for (const idx of schema.indexes) {
    out.push(
      `-- CreateIndex\nCREATE ${idx.unique ? 'UNIQUE ' : ''}INDEX "${idx.name}" ON "${idx.table}"(${idx.columns.map((c) => `"${c}"`).join(', ')});\n`,
    );
  }
  for (const fk of schema.foreignKeys) {
    out.push(
      `-- AddForeignKey\nALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" FOREIGN KEY (${fk.columns.map((c) => `"${c}"`).join(', ')}) REFERENCES "${fk.refTable}"(${fk.refColumns.map((c) => `"${c}"`).join(', ')}) ON DELETE ${fk.onDelete} ON UPDATE CASCADE;\n`,
    );
  }
  return out.join('\n');
}
