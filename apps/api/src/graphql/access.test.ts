// Access is opt-out: every root field must say who may call it, and the guard must hold.
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildSchema } from '../server/schema';
import { readAccess, rootTypes } from './access';
import { demoEmail, startTestServer, type TestServer } from '../../test/testServer';

test('every Query and Mutation field states who may call it', () => {
  const schema = buildSchema();
  const missing = rootTypes(schema).flatMap((type) =>
    Object.values(type.getFields())
      .filter((f) => readAccess(f.astNode?.directives).kind === 'missing')
      .map((f) => `${type.name}.${f.name}`),
  );
  expect(missing).toEqual([]);
  expect(rootTypes(schema).reduce((n, t) => n + Object.keys(t.getFields()).length, 0)).toBeGreaterThan(15);
});

test('every type, field and argument has a description', () => {
  const schema = buildSchema();
  const undocumented: string[] = [];
  let fields = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) undocumented.push(type.name);
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      fields++;
      if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  expect(undocumented).toEqual([]);
  expect(fields).toBeGreaterThan(400); // the walk reached the fields, not only the types
});

describe('the guard', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('anonymous callers get UNAUTHENTICATED in Danish', async () => {
    const res = await server.gql('{ themes { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('Du skal logge ind for at se dette.');
  });

  test('a front-line worker may not read themes or change them', async () => {
    const cookie = await server.signIn(demoEmail('frontmedarbejder'));
    const read = await server.gql('{ themes { id } }', undefined, cookie);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await server.gql('mutation { deleteMilestone(id: "x") }', undefined, cookie);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('the director reads but may not write', async () => {
    const cookie = await server.signIn(demoEmail('direktoer'));
    const read = await server.gql<{ themes: { code: string }[] }>('{ themes { code } }', undefined, cookie);
    expect(read.data?.themes.map((t) => t.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    const write = await server.gql('mutation { deleteMilestone(id: "x") }', undefined, cookie);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
