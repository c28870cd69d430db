import { isoToDate, parseCalendarDate, validationMessages as m } from '@sundhed/shared';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

type Maybe<T> = T | null | undefined;

/**
 * The one parse and the one validation of a date a caller sends (issue 9): ISO `2027-02-15` or Danish
 * `15.2.2027`, through the shared parser the web forms use too. A day that does not exist (`30.2.2027`)
 * is refused with a Danish message and `extensions.reason` DATE_DOES_NOT_EXIST (else DATE_FORMAT).
 * Services receive a Date and never parse the text again.
 */
function parseDate(value: unknown): Date {
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (parsed?.ok) return isoToDate(parsed.iso);
  const reason = parsed?.problem ?? 'DATE_FORMAT';
  const text = String(value);
  throw new GraphQLError(reason === 'DATE_DOES_NOT_EXIST' ? m.scalarDateDoesNotExist(text) : m.scalarDate(text), {
    extensions: { code: 'BAD_USER_INPUT', reason },
  });
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date: ISO 8601 (YYYY-MM-DD) or Danish (D.M.YYYY) in, ISO out.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
});

function fromLiteral(ast: ValueNode, variables: Maybe<Record<string, unknown>>): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((value) => fromLiteral(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, fromLiteral(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return undefined;
  }
}

/** Any JSON value, passed through unchanged; the calculation package validates its shape by JSON path. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (object, list, text, number, true/false or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: fromLiteral,
});
