// Control characters never reach a service or Prisma: every field that takes arguments checks their
// coerced values (literals and variables alike, nested input objects and JSON included) before its
// resolver runs, and refuses a NUL or other control character with VALIDATION naming the argument
// path. Tab, line feed and carriage return are text (descriptions, CSV files) and pass. ADR 014.
// The one exception is the free text of a search (issue 11: any query returns results or none, never an
// error): there control characters are replaced by spaces before the check, and the rest is checked as usual.
import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { requestMessages, searchTextWithoutControls } from '@sundhed/shared';
import { AppError } from './errors';
import type { Context } from './context';

/** C0 controls except \t \n \r, DEL, C1 controls, and UTF-16 surrogates that do not form a pair. */
export const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nesting beyond this in an argument value is refused; no input type of ours comes near it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Arguments carrying a whole file, checked by their own parser so that the caller gets a report by
 * line and column (the offer import's row report) rather than one refusal for the file.
 */
const FILE_ARGUMENTS = new Set(['Mutation.importOffersCsv.csv']);

/** Search queries' free text (field → argument and key): cleaned of control characters, never refused. */
const SEARCH_TEXTS: Readonly<Record<string, readonly [string, string]>> = {
  'Query.searchOffers': ['input', 'text'],
};

/** The arguments with the search text cleaned (a new object; the caller's is left as it is). */
function withCleanSearchText(args: Record<string, unknown>, [arg, key]: readonly [string, string]) {
  const input = args[arg];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return args;
  const text = (input as Record<string, unknown>)[key];
  if (typeof text !== 'string') return args;
  return { ...args, [arg]: { ...input, [key]: searchTextWithoutControls(text) } };
}

export type InputProblem = { kind: 'control' | 'depth'; path: string };

/** The first control character or excessive nesting in a value, iteratively (no recursion to overflow). */
export function findInputProblem(value: unknown, root: string, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (CONTROL_CHARACTER.test(item.value)) return { kind: 'control', path: item.path };
    } else if (item.value !== null && typeof item.value === 'object') {
      if (item.depth >= maxDepth) return { kind: 'depth', path: item.path };
      const entries = Array.isArray(item.value)
        ? item.value.map((v, i) => [String(i), v] as const)
        : Object.entries(item.value);
      for (const [key, child] of entries) {
        if (CONTROL_CHARACTER.test(key)) return { kind: 'control', path: item.path };
        stack.push({ value: child, path: `${item.path}.${key}`, depth: item.depth + 1 });
      }
    }
  }
  return null;
}

export function inputProblemError(problem: InputProblem): AppError {
  const message =
    problem.kind === 'control'
      ? requestMessages.controlCharacters(problem.path)
      : requestMessages.tooDeep(MAX_INPUT_DEPTH);
  return new AppError('VALIDATION', message, [{ path: problem.path, message }]);
}

/** Wraps the resolver of every field that has arguments; call it on the finished schema. */
export function wrapInputHygiene(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const checked = field.args
        .filter((a) => !FILE_ARGUMENTS.has(`${type.name}.${field.name}.${a.name}`))
        .map((a) => a.name);
      const resolve = field.resolve ?? defaultFieldResolver;
      const searchText = SEARCH_TEXTS[`${type.name}.${field.name}`];
      (field as unknown as GraphQLFieldConfig<unknown, Context>).resolve = (
        source,
        given: Record<string, unknown>,
        context,
        info,
      ) => {
        const args = searchText ? withCleanSearchText(given, searchText) : given;
        for (const name of checked) {
          const problem = findInputProblem(args[name], `${field.name}.${name}`);
          if (problem) throw inputProblemError(problem);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
