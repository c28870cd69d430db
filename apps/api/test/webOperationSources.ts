// Every GraphQL operation the web app sends (as source text, for the cost limits; webOperations.ts lists them with their roles), read from the exported documents of apps/web/src (each graphql() call returns the document GraphQL Code Generator built from it, ADR 021;
// gql document carries the fragments it spreads), as the text the browser posts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const webSrc = join(__dirname, '../../web/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isDocument = (value: unknown): value is DocumentNode => (value as DocumentNode | null)?.kind === Kind.DOCUMENT;

export interface WebOperation {
  name: string;
  file: string;
  source: string;
}

export function webOperations(): WebOperation[] {
  const seen = new Map<string, WebOperation>();
  for (const file of sourceFiles(webSrc)) {
    if (!readFileSync(file, 'utf8').includes('graphql(`')) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (!isDocument(value)) continue;
      const operation = value.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (!operation) continue;
      const name = operation.name?.value ?? '(anonymous)';
      seen.set(`${file}:${name}`, { name, file: file.slice(webSrc.length + 1), source: print(value) });
    }
  }
  return [...seen.values()];
}

/** Values for an operation's variables (the first enum value, "1", 1, true …), for measuring cost. */
export function sampleVariables(schema: GraphQLSchema, source: string): Record<string, unknown> {
  const operation = parse(source).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const sample = (type: GraphQLInputType): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [sample(inner.ofType)];
    if (isEnumType(inner)) return inner.getValues()[0]?.value;
    if (isInputObjectType(inner)) {
      return Object.fromEntries(
        Object.values(inner.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type)]),
      );
    }
    if (isScalarType(inner))
      return (
        (
          { Int: 1, Float: 1, Boolean: true, Date: '2024-01-01', DateTime: '2024-01-01T00:00:00Z', JSON: {} } as Record<
            string,
            unknown
          >
        )[inner.name] ?? '1'
      );
    return null;
  };
  return Object.fromEntries(
    (operation?.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sample(typeFromAST(schema, v.type as never) as GraphQLInputType),
    ]),
  );
}

/** The operation as Apollo Client sends it: __typename in every selection below the root. */
export function withTypenames(source: string): string {
  const document = visit(parse(source), {
    SelectionSet(node, _key, parent) {
      if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
  return print(document);
}
