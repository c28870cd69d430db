import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`"${String(value)}" er ikke en dato (åååå-mm-dd).`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(`${value}T00:00:00Z`);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
});
