// Each chunk ships only its own GraphQL documents (ADR 062). The client preset's `graphql()` looks a
// document up in one map of every document (`__generated__/gql.ts`), so whatever imports it carries all
// of them: ~360 kB parsed at start-up, on the sign-in path too. At build time this plugin does what the
// preset's babel/SWC optimizer does, one step further: each `graphql(`…`)` call becomes an import of a
// module holding that one document (`<Name>Document` or `<Name>FragmentDoc` of `__generated__/graphql.ts`,
// which is one module and so would land in one shared chunk whole), so the bundler places each document
// in the chunk that uses it. The generated files stay as `pnpm codegen` writes them; tests and `vite dev`
// keep the map (the same documents, the same types).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

/** The import of one document: `virtual:graphql-document/<export name>`. */
const PREFIX = 'virtual:graphql-document/';

/** `graphql(` and a template literal without substitutions (the preset allows no others). */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`\s*\)/g;
/** The value import of `graphql` from the generated folder; only type imports from it may remain. */
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"](?:\.\.?\/)+__generated__(?:\/index|\/gql)?['"];?\n?/m;

/** The generated export that holds the document whose source is `source`. */
export function documentExportName(source: string): string {
  const definition = parse(source).definitions[0];
  if (definition?.kind === Kind.OPERATION_DEFINITION && definition.name) return `${definition.name.value}Document`;
  if (definition?.kind === Kind.FRAGMENT_DEFINITION) return `${definition.name.value}FragmentDoc`;
  throw new Error('graphql(): a document must start with a named operation or a fragment');
}

/**
 * The module with each `graphql(`…`)` call replaced by an import of its document, or null when it has
 * none. `known` holds the documents of `__generated__/graphql.ts`: a name not among them (codegen not
 * run) fails the build rather than ship `undefined`.
 */
export function importDocuments(code: string, known: ReadonlyMap<string, string>): string | null {
  const names = new Set<string>();
  const replaced = code.replace(CALL, (_call, source: string) => {
    // Unescape what the template literal escapes, as the runtime string would be.
    const name = documentExportName(source.replace(/\\([`\\$])/g, '$1'));
    if (!known.has(name)) throw new Error(`graphql(): ${name} is not in __generated__/graphql.ts: run "pnpm codegen"`);
    names.add(name);
    return `__document_${name}`;
  });
  if (!names.size) return null;
  const imports = [...names].map((n) => `import __document_${n} from '${PREFIX}${n}';\n`).join('');
  // Without a call left, the value import of the map goes (a mention in a comment keeps it: harmless).
  return imports + (replaced.includes('graphql(') ? replaced : replaced.replace(IMPORT, ''));
}

/**
 * The documents `__generated__/graphql.ts` exports, by name, as JSON: codegen writes each on one line,
 * `export const <Name> = {…} as unknown as DocumentNode<…>;`.
 */
export function generatedDocuments(text: string): Map<string, string> {
  const found = [...text.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)];
  return new Map(found.map((m) => [m[1]!, m[2]!]));
}

/** The build-time plugin (vite.config.ts); `generatedDir` is the client preset's output folder. */
export function graphqlDocuments(generatedDir: string): Plugin {
  const documentsModule = join(generatedDir, 'graphql.ts');
  // Vite's module ids use forward slashes.
  const sourceDir = `${dirname(generatedDir).replaceAll('\\', '/')}/`;
  const generatedIds = `${generatedDir.replaceAll('\\', '/')}/`;
  let known = new Map<string, string>();
  return {
    name: 'sundhed-graphql-documents',
    apply: 'build',
    // On the TypeScript as written, before it is compiled.
    enforce: 'pre',
    buildStart() {
      known = generatedDocuments(readFileSync(documentsModule, 'utf8'));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const json = known.get(id.slice(PREFIX.length + 1));
      // A document is data: V8 parses JSON faster than the same object literal.
      return json === undefined ? null : `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`;
    },
    transform(code, id) {
      // Only the app's own modules call the generated graphql(); a dependency's "graphql(" is not ours.
      if (!id.startsWith(sourceDir) || id.startsWith(generatedIds) || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(')) return null;
      const out = importDocuments(code, known);
      return out === null ? null : { code: out, map: null };
    },
  };
}
