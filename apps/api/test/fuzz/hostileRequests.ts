// Hostile GraphQL requests generated from the schema: for every Query and Mutation field, operations
// whose arguments carry control characters, huge or odd text, SQL-ish strings, out-of-range numbers,
// wrong types, wrong enum values, deep input, missing or extra arguments and fields, and requests with
// many aliases or many bad variables; plus malformed bodies. Deterministic for a seed (fast-check draws
// the random Unicode text; a seeded PRNG makes the choices), shared by test/fuzz.test.ts (bounded, CI)
// and bench/fuzz.ts (≥ 10,000 requests over HTTP). ADR 014.
import { at } from '@sundhed/shared/at';
import { createRng } from '@sundhed/calc';
import fc from 'fast-check';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Real ids from the database, so that some hostile values reach the services' deeper checks. */
export interface KnownIds {
  [kind: string]: string[];
}

export interface HostileRequest {
  /** Root field, e.g. "Mutation.updateOffer", or "body" for malformed bodies. */
  target: string;
  kind: string;
  /** A JSON body as text, sent as it is. */
  body: string;
  contentType: string;
}

/** The project's seeded generator (mulberry32, @sundhed/calc) with the helpers the fuzzer draws with. */
function prng(seed: number) {
  const next = createRng(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick<T>(items: readonly T[]): T {
      return at(items, Math.floor(next() * items.length));
    },
    chance: (p: number) => next() < p,
  };
}

const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
];
const ODD_TEXT = [
  '',
  ' ',
  '   ',
  '\t',
  '\r\n',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e309',
  'true',
  '[]',
  '{}',
  "' OR '1'='1",
  '\'; DROP TABLE "Offer"; --',
  '" OR ""="',
  '%',
  '_',
  '%%_\\',
  '\\',
  '\\\\x00',
  '$1',
  '${x}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'C:\\Windows',
  'a@b',
  'x@y.dk',
  'demo1234',
  'sundhedsstab@demo.ishoj.dk',
  '=HYPERLINK("x")',
  '+45 12 34 56 78',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301\u0301\u0301',
  '\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67',
  '\ud800',
  '\udfff',
  'x\ud800y',
  '\uffff\ufffe',
  '\u0130\u0131',
  'ÆØÅæøå',
  'Ⅻ',
  '𝔘𝔫𝔦',
  '٣٤',
  '\u00a0',
  '\u2028\u2029',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0000000-0000-0000-0000-000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-01-01T00:00:00Z',
  '1970-01-01',
  '-000001-01-01',
  '24:61',
  '23:59',
];
const INTS = [
  0, -1, 1, 2, 7, 12, 120, 121, 2147483647, -2147483648, 2147483648, -2147483649, 1e15, 1.5, -0, 4294967296,
];
const FLOATS = [0, -0, 1.5, -1.5, 1e308, -1e308, 5e-324, 1e16, 123456789.12345679];

export interface Options {
  seed: number;
  /** Cases per root field (and per kind of case drawn at random). */
  perField: number;
  /** Longest string drawn (the "huge" strings); the body limit for anonymous callers is 1 MB. */
  hugeLength: number;
  ids: KnownIds;
  /** Root fields left out, e.g. "Mutation.signOut" for a signed-in caller. */
  exclude?: ReadonlySet<string>;
}

export function hostileRequests(schema: GraphQLSchema, options: Options): HostileRequest[] {
  const rng = prng(options.seed);
  // fast-check draws arbitrary Unicode (any code point, including controls and lone surrogates).
  const unicode = fc.sample(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ maxLength: 20 }),
    ),
    {
      seed: options.seed,
      numRuns: 400,
    },
  );
  const allIds = Object.values(options.ids).flat();
  const requests: HostileRequest[] = [];

  /** One huge string per request at most, so that bodies stay within the body limits. */
  let hugeLeft = 1;
  const text = (): string => {
    switch (rng.int(10)) {
      case 0:
      case 1:
      case 2:
        return `${rng.pick(ODD_TEXT)}${rng.pick(CONTROL)}${rng.pick(ODD_TEXT)}`;
      case 3:
        return rng.pick(unicode);
      case 4: {
        if (hugeLeft-- <= 0) return rng.pick(ODD_TEXT);
        const unit = rng.pick(['a', 'æ', '\u0000', '😀', '%', "'", ' ', '\n', 'e\u0301']);
        return unit.repeat(Math.max(1, Math.floor(options.hugeLength / unit.length / (rng.chance(0.5) ? 1 : 50))));
      }
      case 5:
      case 6:
      case 7:
        return allIds.length
          ? rng.chance(0.4)
            ? `${rng.pick(allIds)}${rng.pick(CONTROL)}`
            : rng.pick(allIds)
          : rng.pick(ODD_TEXT);
      default:
        return rng.pick(ODD_TEXT);
    }
  };

  /** A value of the wrong JSON type for anything. */
  const wrong = (): unknown =>
    rng.pick<() => unknown>([
      () => ({ a: 1 }),
      () => [1, 'x'],
      () => 'x',
      () => 3.5,
      () => true,
      () => -1,
      () => [[[]]],
      () => ({}),
    ])();

  function deep(levels: number, leaf: unknown, asList: boolean): unknown {
    let v = leaf;
    for (let i = 0; i < levels; i++)
      v = asList ? [v] : { [rng.pick(['a', 'name', 'text', '__proto__', 'constructor'])]: v };
    return v;
  }

  /**
   * A hostile value for an input type. Typed values pass GraphQL's coercion (so they reach the
   * resolvers and services: control characters, huge text, extreme numbers, odd ids); untyped ones
   * also carry wrong types, nulls, unknown enum values, extra fields and deep nesting.
   */
  function value(type: GraphQLInputType, depth: number, typed: boolean): unknown {
    if (!typed && rng.chance(0.06)) return wrong();
    if (type instanceof GraphQLNonNull) return !typed && rng.chance(0.04) ? null : value(type.ofType, depth, typed);
    if (type instanceof GraphQLList) {
      if (!typed && rng.chance(0.1)) return value(type.ofType, depth, typed); // a single value where a list is expected
      const n = depth === 0 && rng.chance(0.05) ? 500 + rng.int(1500) : rng.int(4);
      return Array.from({ length: n }, () => value(type.ofType, depth + 1, typed));
    }
    if (type instanceof GraphQLEnumType) {
      const values = type.getValues().map((v) => v.name);
      return typed || rng.chance(0.6)
        ? rng.pick(values)
        : rng.pick([values[0]?.toLowerCase(), 'NOPE', '', 0, `${values[0]}\u0000`, null]);
    }
    if (type instanceof GraphQLInputObjectType) {
      if (!typed && (depth > 3 || rng.chance(0.05))) return deep(40 + rng.int(30), text(), rng.chance(0.5));
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = field.type instanceof GraphQLNonNull;
        if ((required && (typed || rng.chance(0.9))) || rng.chance(0.6))
          result[field.name] = value(field.type, depth + 1, typed);
      }
      if (!typed && rng.chance(0.15))
        result[rng.pick(['nope', 'id', 'municipalityId', '__typename', 'version'])] = text();
      return result;
    }
    if (type instanceof GraphQLScalarType) {
      switch (type.name) {
        case 'Int':
          return typed
            ? rng.pick(INTS.filter((n) => Number.isInteger(n) && Math.abs(n) < 2 ** 31))
            : rng.chance(0.8)
              ? rng.pick(INTS)
              : text();
        case 'Float':
          return typed || rng.chance(0.8) ? rng.pick(FLOATS) : text();
        case 'Boolean':
          return typed || rng.chance(0.8) ? rng.chance(0.5) : rng.pick(['true', 0, 1, null]);
        case 'JSON':
          return rng.chance(0.2) ? deep(10 + rng.int(60), text(), rng.chance(0.5)) : json(depth);
        default:
          return text();
      }
    }
    return text();
  }

  function json(depth: number): unknown {
    switch (rng.int(6)) {
      case 0:
        return text();
      case 1:
        return rng.pick([...INTS, ...FLOATS]);
      case 2:
        return depth > 4 ? null : Array.from({ length: rng.int(4) }, () => json(depth + 1));
      case 3:
      case 4:
        return depth > 4
          ? {}
          : Object.fromEntries(
              Array.from({ length: 1 + rng.int(5) }, () => [
                rng.pick(['years', 'discount', 'rate', 'name', 'costs', 'gains', 'activities', text()]),
                json(depth + 1),
              ]),
            );
      default:
        return rng.pick([null, true, false]);
    }
  }

  /** A small selection set for a field's type: some of its scalar fields without required arguments. */
  function selection(field: GraphQLField<unknown, unknown>): string {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return '';
    if (!(named instanceof GraphQLObjectType)) return '{ __typename }';
    const leaves = Object.values(named.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !(a.type instanceof GraphQLNonNull)))
      .map((f) => f.name);
    // A few leaves are enough to run the field's resolvers on hostile data; all of them only costs time.
    return `{ __typename ${leaves.slice(0, 4).join(' ')} }`;
  }

  const literal = (v: unknown, type: GraphQLInputType): string => {
    if (v === null || v === undefined) return 'null';
    const named = getNamedType(type);
    if (named instanceof GraphQLEnumType && typeof v === 'string' && /^[_A-Za-z]\w*$/.test(v)) return v;
    if (Array.isArray(v))
      return `[${v.map((x) => literal(x, type instanceof GraphQLList ? type.ofType : type)).join(', ')}]`;
    if (typeof v === 'object')
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${/^[_A-Za-z]\w*$/.test(k) ? k : 'bad'}: ${literal(x, type)}`)
        .join(', ')} }`;
    return JSON.stringify(v);
  };

  const add = (target: string, kind: string, body: unknown) =>
    requests.push({
      target,
      kind,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      contentType: 'application/json',
    });

  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const op = root.name === 'Query' ? 'query' : 'mutation';
    for (const field of Object.values(root.getFields())) {
      const target = `${root.name}.${field.name}`;
      if (options.exclude?.has(target)) continue;
      const sel = selection(field as GraphQLField<unknown, unknown>);
      const args = field.args;
      for (let i = 0; i < options.perField; i++) {
        hugeLeft = 1;
        const kind = args.length
          ? rng.pick([
              'typed',
              'typed',
              'typed',
              'typed',
              'variables',
              'literals',
              'missing',
              'extra',
              'aliases',
              'manyVariables',
            ] as const)
          : rng.pick(['plain', 'extra', 'aliases'] as const);
        const chosen = args.filter((a) => a.type instanceof GraphQLNonNull || rng.chance(0.6));
        switch (kind) {
          case 'typed':
          case 'variables':
          case 'plain': {
            const defs = chosen.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
            const uses = chosen.map((a) => `${a.name}: $${a.name}`).join(', ');
            const variables = Object.fromEntries(chosen.map((a) => [a.name, value(a.type, 0, kind === 'typed')]));
            add(target, kind, {
              query: `${op}${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''} ${sel} }`,
              variables,
            });
            break;
          }
          case 'literals': {
            const uses = chosen
              .map((a) => `${a.name}: ${literal(value(a.type, 1, rng.chance(0.7)), a.type)}`)
              .join(', ');
            add(target, kind, { query: `${op} { ${field.name}${uses ? `(${uses})` : ''} ${sel} }` });
            break;
          }
          case 'missing': {
            const some = args.filter(() => rng.chance(0.3));
            const defs = some.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
            const uses = some.map((a) => `${a.name}: $${a.name}`).join(', ');
            add(target, kind, {
              query: `${op}${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''} ${sel} }`,
              variables: {},
            });
            break;
          }
          case 'extra': {
            const uses = [
              ...chosen.map((a) => `${a.name}: $${a.name}`),
              `nope: ${literal(text(), args[0]?.type ?? (field.type as never))}`,
            ].join(', ');
            const defs = chosen.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
            const variables = {
              ...Object.fromEntries(chosen.map((a) => [a.name, value(a.type, 0, false)])),
              unused: text(),
            };
            add(target, kind, {
              query: `${op}${defs ? `(${defs})` : ''} { ${field.name}(${uses}) ${sel} nope }`,
              variables,
            });
            break;
          }
          case 'aliases': {
            const n = 5 + rng.int(30);
            const defs: string[] = [];
            const variables: Record<string, unknown> = {};
            const fields: string[] = [];
            for (let k = 0; k < n; k++) {
              const uses = chosen.map((a) => {
                defs.push(`$${a.name}${k}: ${String(a.type)}`);
                variables[`${a.name}${k}`] = value(a.type, 0, rng.chance(0.8));
                return `${a.name}: $${a.name}${k}`;
              });
              fields.push(`a${k}: ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${sel}`);
            }
            add(target, kind, {
              query: `${op}${defs.length ? `(${defs.join(', ')})` : ''} { ${fields.join(' ')} }`,
              variables,
            });
            break;
          }
          case 'manyVariables': {
            const arg = rng.pick(args);
            const n = 45 + rng.int(25); // graphql-js stops coercing after 50 bad values
            const defs = Array.from({ length: n }, (_, k) => `$v${k}: ${String(arg.type)}`);
            const fields = Array.from({ length: n }, (_, k) => `a${k}: ${field.name}(${arg.name}: $v${k}) ${sel}`);
            const variables = Object.fromEntries(
              Array.from({ length: n }, (_, k) => [`v${k}`, rng.chance(0.7) ? wrong() : value(arg.type, 0, false)]),
            );
            add(target, kind, { query: `${op}(${defs.join(', ')}) { ${fields.join(' ')} }`, variables });
            break;
          }
        }
      }
    }
  }

  // Bodies the server must refuse before GraphQL: malformed, deep, wrong shape or content type.
  const bodies: [string, string, string][] = [
    ['malformedJson', '{"query": "{ health }"', 'application/json'],
    ['malformedJson', '{"query": "{ health }", "variables": {"a": }}', 'application/json'],
    ['notObject', '[]', 'application/json'],
    ['notObject', '[{"query":"{ health }"},{"query":"{ health }"}]', 'application/json'],
    ['notObject', '"x"', 'application/json'],
    ['notObject', 'null', 'application/json'],
    ['badShape', '{"query": 5}', 'application/json'],
    ['badShape', '{"query": "{ health }", "variables": [1]}', 'application/json'],
    ['badShape', '{"query": "{ health }", "operationName": 5}', 'application/json'],
    ['badShape', '{"query": "{ health }", "extensions": "x"}', 'application/json'],
    ['badShape', '{}', 'application/json'],
    ['badShape', '{"query": ""}', 'application/json'],
    ['contentType', '{"query": "{ health }"}', 'text/plain'],
    ['contentType', 'query=%7Bhealth%7D', 'application/x-www-form-urlencoded'],
    ['contentType', '--x\r\n\r\n--x--', 'multipart/form-data; boundary=x'],
    ['contentType', '{"query": "{ health }"}', 'application/json; charset=latin-9'],
    ['syntax', '{"query": "{ health "}', 'application/json'],
    ['syntax', `{"query": "${'{'.repeat(5000)}"}`, 'application/json'],
    ['deep', `{"query":"{ health }","variables":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`, 'application/json'],
    [
      'deep',
      `{"query":"{ health }","variables":{"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`,
      'application/json',
    ],
  ];
  for (const [kind, body, contentType] of bodies) requests.push({ target: 'body', kind, body, contentType });
  return requests;
}

export interface Answer {
  status: number;
  text: string;
}

const ENGLISH =
  /\b(?:the|must|cannot|expected|invalid|not|of type|was|found|unknown|error|value|field|did you mean)\b/i;
const DANISH =
  /[æøåÆØÅ]|\b(?:ikke|skal|findes|er|og|til|for|har|en|et|du|af|kan|eller|med|den|det|om|fejl|mangler|ugyldig)\b/;

/** What is wrong with an answer to a hostile request: a 5xx, an internal error, an error without a code or in English. */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  // The answer's start goes with a 5xx, so that a failure says which code and message the server gave.
  if (answer.status >= 500) problems.push(`status ${answer.status}: ${answer.text.slice(0, 200)}`);
  let body: { errors?: { message?: unknown; extensions?: { code?: unknown } }[]; error?: unknown };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return [...problems, `not JSON: ${answer.text.slice(0, 80)}`];
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    const message = typeof error.message === 'string' ? error.message : '';
    if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
    else if (typeof code !== 'string') problems.push(`no code: ${message}`);
    const prose = message.replace(/"[^"]*"/g, '""');
    if (!DANISH.test(prose) || ENGLISH.test(prose)) problems.push(`not Danish: ${message.slice(0, 120)}`);
  }
  return problems;
}

/** The error codes of an answer ("OK" without errors), for the per-code counts. */
export function codesOf(answer: Answer): string[] {
  try {
    const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'))];
    return codes.length ? codes : [`HTTP_${answer.status}`];
  } catch {
    return [`HTTP_${answer.status}`];
  }
}
