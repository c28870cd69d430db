// The build's per-document imports (graphqlDocuments.ts, ADR 062) must give every graphql() call the
// document the codegen map gives it, or the built app would send other queries than the tested one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDocuments, importDocuments } from '../graphqlDocuments';
import { graphql } from '../src/__generated__';

const src = join(__dirname, '../src');
const known = generatedDocuments(readFileSync(join(src, '__generated__/graphql.ts'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__generated__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

test('every graphql() call in the app becomes an import of the document the map gives it', () => {
  let calls = 0;
  for (const file of sourceFiles(src)) {
    const code = readFileSync(file, 'utf8');
    const out = importDocuments(code, known);
    const sources = [...code.matchAll(CALL)].map((m) => m[1]!);
    if (!sources.length) continue;
    expect(out).not.toBeNull();
    expect(out).not.toMatch(CALL);
    expect(out).not.toMatch(/^import \{ graphql \}/m);
    for (const source of sources) {
      calls += 1;
      const imported = [...out!.matchAll(/^import __document_(\w+) from/gm)].map(
        (m) => JSON.parse(known.get(m[1]!)!) as unknown,
      );
      expect(imported).toContainEqual(graphql(source as never));
    }
  }
  expect(calls).toBeGreaterThan(100);
});

test('a module without a call is left alone; an unknown document fails the build', () => {
  expect(importDocuments("import { graphql } from '../__generated__';\nexport const x = 1;\n", known)).toBeNull();
  expect(() => importDocuments('const Q = graphql(`query NotGenerated { me { id } }`);', known)).toThrow(
    /NotGeneratedDocument is not in __generated__\/graphql.ts/,
  );
});

test('operations and fragments import <Name>Document and <Name>FragmentDoc; the map import goes', () => {
  const code =
    "import { graphql } from '../../__generated__';\n" +
    'export const ME = graphql(`\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n`);\n' +
    'export const FIELDS = graphql(`\n  fragment ViewerFields on Viewer {\n    id\n  }\n`);\n';
  expect(importDocuments(code, known)).toBe(
    "import __document_MeDocument from 'virtual:graphql-document/MeDocument';\n" +
      "import __document_ViewerFieldsFragmentDoc from 'virtual:graphql-document/ViewerFieldsFragmentDoc';\n" +
      'export const ME = __document_MeDocument;\nexport const FIELDS = __document_ViewerFieldsFragmentDoc;\n',
  );
});
