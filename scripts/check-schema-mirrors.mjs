#!/usr/bin/env node
// Hand-written TypeScript that mirrors the GraphQL schema: there must be none (ADR 021). Types that follow
// the schema come from GraphQL Code Generator (`pnpm codegen`, the __generated__/ folders).
//
// Fails, naming file and line, when a type, interface or enum declared in apps/web or apps/api outside
// __generated__/ carries the name of a schema type (object, input, enum, scalar, interface or union of the
// SDL files), bare or with a Data/Fields/Type suffix (OfferData, SourceFields), unless the declaration only
// renames a generated type (its right-hand side names something imported from a __generated__ module).
// The packages (@sundhed/calc, @sundhed/shared) and the seed data are not mirrors: the schema is built on them.
//
// Usage: node scripts/check-schema-mirrors.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const sdlFiles = [
  'apps/api/src/graphql/base.graphql',
  ...readdirSync(join(root, 'apps/api/src/features')).flatMap((feature) =>
    readdirSync(join(root, 'apps/api/src/features', feature))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => `apps/api/src/features/${feature}/${f}`),
  ),
];
const schemaNames = new Set(
  sdlFiles.flatMap((f) =>
    [
      ...readFileSync(join(root, f), 'utf8').matchAll(
        /^\s*(?:type|input|enum|scalar|interface|union)\s+([A-Za-z_]\w*)/gm,
      ),
    ].map((m) => m[1]),
  ),
);
for (const root of ['Query', 'Mutation', 'Subscription']) schemaNames.delete(root);

const scanned = ['apps/web/src', 'apps/web/test', 'apps/api/src', 'apps/api/test', 'apps/api/scripts'];
const skipped = new Set(['node_modules', '__generated__', 'dist']);

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(path);
    return /\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The schema type a declared name mirrors, if any. */
function mirroredName(name) {
  if (schemaNames.has(name)) return name;
  const base = name.replace(/(Data|Fields|Type)$/, '');
  return base !== name && schemaNames.has(base) ? base : null;
}

/** Names imported from a __generated__ module in this file. */
function generatedImports(text) {
  const names = new Set();
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'[^']*__generated__[^']*'/g)) {
    for (const part of m[1].split(',')) {
      const local = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (local) names.add(local);
    }
  }
  for (const m of text.matchAll(/import\s+(?:type\s+)?\*\s+as\s+(\w+)\s+from\s+'[^']*__generated__[^']*'/g))
    names.add(m[1]);
  return names;
}

const problems = [];
for (const file of scanned.flatMap((d) => sourceFiles(join(root, d)))) {
  const text = readFileSync(file, 'utf8');
  const generated = generatedImports(text);
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const m = line.match(
      /^\s*(?:export\s+)?(?:declare\s+)?(?:const\s+)?(type|interface|enum)\s+([A-Za-z_]\w*)\s*(?:<[^=]*>)?\s*(?:=|\{|extends\b)/,
    );
    if (!m) return;
    const [, kind, name] = m;
    if (kind === 'type') {
      // The alias's right-hand side, up to the end of the statement.
      const rest = lines.slice(index).join('\n');
      const rhs = rest.slice(rest.indexOf('=') + 1, rest.search(/;\s*(\n|$)/) + 1);
      const names = rhs.match(/[A-Za-z_]\w*/g) ?? [];
      if (names.some((n) => generated.has(n))) {
        generated.add(name); // an alias of a generated type counts as generated for the aliases after it
        return;
      }
    }
    const mirrored = mirroredName(name);
    if (!mirrored) return;
    problems.push(
      `${relative(root, file)}:${index + 1}: ${kind} ${name} mirrors the schema type ${mirrored}; ` +
        `use the generated type (apps/*/src/__generated__, pnpm codegen) instead`,
    );
  });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} hand-written type(s) mirror the GraphQL schema (ADR 021).`);
  process.exit(1);
}
console.log(`No hand-written type mirrors the GraphQL schema (${schemaNames.size} schema types checked).`);
