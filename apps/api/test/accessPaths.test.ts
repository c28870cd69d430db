// No path reaches data that the direct query refuses (ADR 015). Statically: every path of the schema from
// every root field, to depth 4 below it, walked per role as the installed guards let it through, reaches
// only fields that the SDL's rules allow that role AND that the project's policy below allows it; the
// guards on the resolvers are checked to be the ones planned. Dynamically: the escape paths of issue 7
// against the real server and the seeded demo data, and every operation of the web app run as the roles
// whose screens use it.
import { defined } from '../../../test/defined';
import {
  getNamedType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/db/paths';
import {
  accessPlan,
  allows,
  readAccess,
  readTypeAccess,
  rootTypes,
  toRule,
  wrapAccess,
  type Rule,
} from '../src/graphql/access';
import { buildSchema, loadTypeDefs } from '../src/server/schema';
import { webOperations } from './webOperations';
import { demoEmail, startTestServer, type TestServer } from './testServer';

type Caller = 'sundhedsstab' | 'frontmedarbejder' | 'direktoer' | 'klyngesekretariat' | 'projektleder' | null;
const callers: Caller[] = ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat', 'projektleder', null];
const label = (c: Caller) => c ?? 'anonymous';
const DEPTH = 4;

const schema = buildSchema();
const plan = accessPlan(schema);

/**
 * The policy, written independently of the SDL: what each caller must never reach, whatever path it takes
 * ("Type" for any field of it or any field returning it, "Type.field" for one field).
 */
const staffOnlyOfferFields = [
  'Offer.ownerUnit',
  'Offer.professionalPhone',
  'Offer.intakeNotes',
  'Offer.tellCitizen',
  'Offer.assuredByName',
  'Offer.sendCount',
  'Offer.source',
];
const planning = [
  'Theme',
  'Milestone',
  'BudgetLine',
  'Project',
  'ProjectOwnership',
  'Overview',
  'Offer.themes',
  'Offer.projects',
  'StatusReport',
  'Indicator',
  'IndicatorValue',
  'ChangeEntry',
  'AttentionItem',
  'ProjectPage',
  'QuarterRef',
];
/** The strategy level a centre's project lead does not read: themes, the overview, history, budgets of others. */
const strategy = ['Theme', 'Overview', 'ChangeEntry', 'Offer.themes', 'Project.theme', 'Project.changes'];
const organisationTree = ['OrgUnit.parent', 'OrgUnit.children'];
const calculations = [
  'BusinessCaseResult',
  'BusinessCaseExample',
  'CofinancingRateSet',
  'CofinancingSimulation',
  'CofinancingResult',
];
const clusterRecords = [
  'Cluster',
  'Grant',
  'GrantAmountChange',
  'AgendaItem',
  'ClusterMeeting',
  'ClusterMember',
  'FollowUp',
  'MeetingParticipant',
  'OrganisationInTime',
  'OrganisationRef',
  'ClusterAttentionItem',
  'ClusterChangeEntry',
];
const maintenance = ['OfferChange', 'Offer.changes', 'OfferImportReport'];
const never: Record<string, string[]> = {
  anonymous: [
    ...staffOnlyOfferFields,
    ...planning,
    ...organisationTree,
    ...calculations,
    ...clusterRecords,
    ...maintenance,
    'ReviewGroup',
    'OrgUnit',
    'Municipality',
    'Region',
    'Body',
    'BodyMember',
    'Source',
    'OutboxMessage',
    'OfferReport',
    'OfferSearchResult',
    'SendOfferResult',
  ],
  frontmedarbejder: [
    ...planning,
    ...organisationTree,
    ...calculations,
    ...clusterRecords,
    ...maintenance,
    'ReviewGroup',
    'Region',
    'Body',
    'PopulationFigure',
    'SocialGroup',
  ],
  // The cluster secretariat reads public offers like anyone, nothing of a municipality's catalogue behind them.
  klyngesekretariat: [
    ...planning,
    ...calculations,
    ...maintenance,
    ...staffOnlyOfferFields,
    'ReviewGroup',
    'OrgUnit',
    'OutboxMessage',
    'OfferSearchResult',
    'OfferReport',
  ],
  direktoer: [...maintenance, 'OutboxMessage', 'SendOfferResult'],
  // A centre's project lead reads the projects its unit owns (rows limited by the resolvers) and public offers.
  projektleder: [
    ...strategy,
    ...organisationTree,
    // A project lead reads the saved business cases of proposals (issue 14), not the calculators.
    ...calculations.filter((t) => t !== 'BusinessCaseResult'),
    ...clusterRecords,
    ...maintenance,
    ...staffOnlyOfferFields,
    'ReviewGroup',
    'Region',
    'Body',
    'BodyMember',
    'PopulationFigure',
    'SocialGroup',
    'OutboxMessage',
    'OfferReport',
    'OfferSearchResult',
  ],
  sundhedsstab: [],
};

const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;
const isRoot = (t: GraphQLObjectType) => rootTypes(schema).includes(t);

/** What the SDL states for reading one field, read from the directives themselves (not from the plan). */
function declaredAllows(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, caller: Caller): boolean {
  const typeRule: Rule = isRoot(type) ? null : toRule(readTypeAccess(type));
  const own = readAccess(field.astNode?.directives);
  const fieldRule = own.kind === 'missing' ? typeRule : toRule(own);
  const returned = getNamedType(field.type);
  const returnedRule: Rule = isObjectType(returned) ? toRule(readTypeAccess(returned)) : null;
  return allows(typeRule, caller) && allows(fieldRule, caller) && allows(returnedRule, caller);
}

/** Whether the installed guard lets the caller into the field (a refused field's subtree is never read). */
function guardLetsIn(type: GraphQLObjectType, fieldName: string, caller: Caller): boolean {
  const decision = plan.get(`${type.name}.${fieldName}`);
  if (!decision) throw new Error(`no access decision for ${type.name}.${fieldName}`);
  return !decision.guarded || allows(decision.requires, caller);
}

interface Walk {
  paths: number;
  reached: Set<string>;
  violations: string[];
}

function walk(caller: Caller, depth = DEPTH): Walk {
  const out: Walk = { paths: 0, reached: new Set(), violations: [] };
  const forbidden = new Set(never[label(caller)]);
  const visit = (type: GraphQLObjectType, path: string, level: number) => {
    for (const field of Object.values(type.getFields())) {
      if (!guardLetsIn(type, field.name, caller)) continue;
      const here = `${path}.${field.name}`;
      const returned = getNamedType(field.type);
      out.paths++;
      out.reached.add(`${type.name}.${field.name}`);
      if (!declaredAllows(type, field, caller))
        out.violations.push(`${here}: the SDL does not allow ${label(caller)} to read it`);
      for (const key of [`${type.name}.${field.name}`, type.name, returned.name]) {
        if (forbidden.has(key)) out.violations.push(`${here}: ${label(caller)} must never reach ${key}`);
      }
      if (isObjectType(returned) && level < depth) visit(returned, here, level + 1);
    }
  };
  for (const root of rootTypes(schema)) visit(root, root.name, 0);
  return out;
}

describe('statically: every path to depth 4 below every root field', () => {
  test.each(callers.map((c) => [label(c), c] as const))('%s reaches only what it may read', (_, caller) => {
    const result = walk(caller);
    expect(result.violations).toEqual([]);
    expect(result.paths).toBeGreaterThan(0);
  });

  test('the walk is not vacuous: it reaches the public offer as anonymous and the budget lines as the director', () => {
    expect(walk(null).reached).toContain('Offer.name');
    expect(walk(null).reached).not.toContain('Offer.ownerUnit');
    expect(walk('direktoer').reached).toContain('BudgetLine.amountKr');
    expect(walk('frontmedarbejder').reached).toContain('OrgUnit.name');
    expect(walk('frontmedarbejder').reached).not.toContain('BudgetLine.amountKr');
  });

  test('the rule holds at any depth: every field reachable by any path is allowed', () => {
    // Guards depend only on the field and the caller, so the fields reachable at any depth are the
    // closure over types; each must pass the same checks as on the paths above.
    for (const caller of callers) {
      const forbidden = new Set(never[label(caller)]);
      const seen = new Set<GraphQLObjectType>(rootTypes(schema));
      const queue = [...seen];
      const violations: string[] = [];
      for (let type = queue.shift(); type; type = queue.shift()) {
        for (const field of Object.values(type.getFields())) {
          if (!guardLetsIn(type, field.name, caller)) continue;
          const returned = getNamedType(field.type);
          if (!declaredAllows(type, field, caller)) violations.push(`${type.name}.${field.name}`);
          for (const key of [`${type.name}.${field.name}`, type.name, returned.name])
            if (forbidden.has(key)) violations.push(`${type.name}.${field.name}: ${key}`);
          if (isObjectType(returned) && !seen.has(returned)) {
            queue.push(returned);
            seen.add(returned);
          }
        }
      }
      expect([label(caller), violations]).toEqual([label(caller), []]);
      // At any depth nothing is reached that the depth-4 paths did not reach already.
      const typesOnPaths = new Set([...walk(caller).reached].map((f) => f.split('.')[0]));
      expect([...seen].map((t) => t.name).filter((t) => !typesOnPaths.has(t))).toEqual([]);
    }
  });

  test('the guards on the resolvers are the planned ones, and they run before the resolver', async () => {
    const info = {} as GraphQLResolveInfo;
    const mismatches: string[] = [];
    for (const decision of plan.values()) {
      if (!decision.guarded || decision.requires === null) continue;
      const field = defined(
        objectType(decision.type).getFields()[decision.field],
        `field ${decision.type}.${decision.field}`,
      );
      for (const caller of callers) {
        if (allows(decision.requires, caller)) continue;
        const context = { user: caller ? { id: 'x', role: caller } : null };
        // The source is undefined: an unguarded resolver would fail on it or answer something else.
        const outcome = await Promise.resolve()
          .then(() => field.resolve!(undefined, {}, context, info))
          .then((value) =>
            decision.empty && (value === null || (Array.isArray(value) && value.length === 0))
              ? 'empty'
              : `value ${JSON.stringify(value)}`,
          )
          .catch((error: Error & { code?: string }) => error.code ?? String(error));
        const expected = decision.empty ? 'empty' : caller ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        if (outcome !== expected)
          mismatches.push(`${decision.type}.${decision.field} as ${label(caller)}: ${outcome}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/** The fields an operation selects, as [type, field] pairs, fragments and inline fragments followed. */
function selectedFields(document: DocumentNode): [GraphQLObjectType, string][] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const out: [GraphQLObjectType, string][] = [];
  const visit = (type: GraphQLObjectType, set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) visit(type, fragments.get(s.name.value)!.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(type, s.selectionSet);
      else if (s.name.value !== '__typename') {
        out.push([type, s.name.value]);
        const returned = getNamedType(
          defined(type.getFields()[s.name.value], `field ${type.name}.${s.name.value}`).type,
        );
        if (s.selectionSet && isObjectType(returned)) visit(returned, s.selectionSet);
      }
    }
  };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    visit(
      d.operation === OperationTypeNode.MUTATION ? schema.getMutationType()! : schema.getQueryType()!,
      d.selectionSet,
    );
  }
  return out;
}

describe('the web app keeps working', () => {
  test('every operation in apps/web/src is listed with the roles whose screens run it', () => {
    const found = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          for (const m of readFileSync(path, 'utf8').matchAll(/^\s*(?:query|mutation)\s+([A-Za-z]+)/gm))
            found.add(defined(m[1], 'an operation name'));
        }
      }
    };
    scan(join(repoRoot, 'apps/web/src'));
    expect([...found].sort()).toEqual(webOperations.map((o) => o.name).sort());
  });

  test.each(webOperations.map((op) => [op.name, op] as const))('%s is allowed for the roles that run it', (_, op) => {
    const refused: string[] = [];
    for (const role of op.roles) {
      for (const [type, field] of selectedFields(op.document)) {
        // A field refused with otherwise: EMPTY answers [] or null without an error: the screen still works.
        const empty = plan.get(`${type.name}.${field}`)?.empty;
        if (!guardLetsIn(type, field, role) && !empty) refused.push(`${type.name}.${field} refused to ${label(role)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('dynamically, against the real server with the demo data', () => {
  let server: TestServer;
  const cookies: Partial<Record<NonNullable<Caller>, string>> = {};
  let linkedOfferId: string;
  let ownedOfferId: string;
  beforeAll(async () => {
    server = await startTestServer();
    for (const role of ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat'] as const)
      cookies[role] = await server.signIn(demoEmail(role));
    const link = await server.db.offerTheme.findFirstOrThrow({ where: { offer: { status: 'ACTIVE' } } });
    linkedOfferId = link.offerId;
    // An active offer whose owning unit has a parent, so the tree is there to be walked.
    const owned = await server.db.offer.findFirstOrThrow({
      where: { status: 'ACTIVE', ownerUnit: { parentId: { not: null } } },
    });
    ownedOfferId = owned.id;
  });
  afterAll(() => server.close());

  const codes = (res: { errors?: { extensions?: { code?: string } }[] }) =>
    (res.errors ?? []).map((e) => e.extensions?.code);
  const escape = `query($id: ID!) { offer(id: $id) { id name themes { title budgetLines { amountKr } milestones { text } projects { name } } } }`;

  test('offer → themes → budget lines, milestones, projects: the director reads them (the data is there)', async () => {
    const res = await server.gql<{ offer: { themes: { budgetLines: unknown[] }[] } }>(
      escape,
      { id: linkedOfferId },
      cookies.direktoer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.offer.themes.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.data)).toMatch(/amountKr/);
  });

  test('offer → themes → budget lines, milestones, projects: empty for the front-line worker', async () => {
    // Offer.themes and Offer.projects answer a refused caller with [] (otherwise: EMPTY), as they always
    // answered anonymous callers: nothing of a theme or project is read.
    const res = await server.gql<{ offer: { themes: unknown[] } }>(
      escape,
      { id: linkedOfferId },
      cookies.frontmedarbejder,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.offer.themes).toEqual([]);
    expect(JSON.stringify(res.data)).not.toMatch(/amountKr|milestones|budgetLines|title/);
    const projects = await server.gql<{ offer: { projects: unknown[] } }>(
      `query($id: ID!) { offer(id: $id) { projects { name } } }`,
      { id: linkedOfferId },
      cookies.frontmedarbejder,
    );
    expect(projects.data?.offer.projects).toEqual([]);
    // The direct queries are refused, as before.
    expect(codes(await server.gql('{ themes { id } }', undefined, cookies.frontmedarbejder))).toEqual(['FORBIDDEN']);
    expect(codes(await server.gql('{ projects { id } }', undefined, cookies.frontmedarbejder))).toEqual(['FORBIDDEN']);
  });

  test('the front-line worker sees the owning unit of an offer, not the organisation tree above and below it', async () => {
    const name = await server.gql<{ offer: { ownerUnit: { name: string } } }>(
      `query($id: ID!) { offer(id: $id) { ownerUnit { name } } }`,
      { id: ownedOfferId },
      cookies.frontmedarbejder,
    );
    expect(name.errors).toBeUndefined();
    expect(name.data?.offer.ownerUnit.name).toBeTruthy();
    const tree = await server.gql(
      `query($id: ID!) { offer(id: $id) { ownerUnit { name parent { name } children { name } } } }`,
      { id: ownedOfferId },
      cookies.frontmedarbejder,
    );
    expect(codes(tree)).toContain('FORBIDDEN');
  });

  test('publicOffer → owner → parent/children: refused to anonymous callers; the public fields still come back', async () => {
    const unit = await server.db.orgUnit.findUniqueOrThrow({
      where: { id: (await server.db.offer.findUniqueOrThrow({ where: { id: ownedOfferId } })).ownerUnitId },
      include: { parent: true },
    });
    // Within the anonymous depth limit (ADR 013), so that the access rule, not the limit, refuses it.
    const walkTree = `query($id: ID!) { publicOffer(id: $id) { name ownerUnit { name parent { name } children { name } } } }`;
    const res = await server.gql(walkTree, { id: ownedOfferId });
    expect(codes(res)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toContain(unit.name);
    expect(JSON.stringify(res)).not.toContain(unit.parent!.name);
    const plain = await server.gql<{ publicOffer: { name: string; source: unknown } }>(
      `query($id: ID!) { publicOffer(id: $id) { name contactName locations { name } } }`,
      { id: ownedOfferId },
    );
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.publicOffer.name).toBeTruthy();
    // A signed-in director asking the same tree gets it: the refusal is the rule, not a broken field.
    const director = await server.gql<{ publicOffer: { ownerUnit: { parent: { name: string } } } }>(
      walkTree,
      { id: ownedOfferId },
      cookies.direktoer,
    );
    expect(director.errors).toBeUndefined();
    expect(director.data?.publicOffer.ownerUnit.parent.name).toBe(unit.parent!.name);
  });

  test('anonymous callers reach no staff field of a public offer', async () => {
    for (const field of ['ownerUnit { id }', 'source { id }', 'sendCount']) {
      const res = await server.gql(`query($id: ID!) { publicOffer(id: $id) { id ${field} } }`, { id: ownedOfferId });
      expect([field, codes(res)]).toEqual([field, ['UNAUTHENTICATED']]);
    }
    // Documented as null or empty for the public: answered so, without reading them.
    const empty = await server.gql<{ publicOffer: Record<string, unknown> }>(
      `query($id: ID!) { publicOffer(id: $id) { professionalPhone intakeNotes tellCitizen assuredByName themes { id } projects { id } changes { id } } }`,
      { id: ownedOfferId },
    );
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.publicOffer).toEqual({
      professionalPhone: null,
      intakeNotes: null,
      tellCitizen: null,
      assuredByName: null,
      themes: [],
      projects: [],
      changes: [],
    });
  });

  test("the offer history is the staff unit's: empty for the others, without an error (their offer page asks it)", async () => {
    await server.db.offerChange.create({
      data: { offerId: linkedOfferId, action: 'UPDATE', field: 'alert', newValue: 'Lukket i uge 42' },
    });
    const q = `query($id: ID!) { offer(id: $id) { changes { id field } } }`;
    const staff = await server.gql<{ offer: { changes: unknown[] } }>(q, { id: linkedOfferId }, cookies.sundhedsstab);
    expect(staff.data?.offer.changes.length).toBeGreaterThan(0);
    for (const role of ['frontmedarbejder', 'direktoer'] as const) {
      const res = await server.gql<{ offer: { changes: unknown[] } }>(q, { id: linkedOfferId }, cookies[role]);
      expect(res.errors).toBeUndefined();
      expect(res.data?.offer.changes).toEqual([]);
    }
  });

  test('me: anonymous gets null; the front-line worker gets its municipality, no cluster and no region', async () => {
    expect(await server.gql('{ me { id municipality { name } } }')).toMatchObject({ data: { me: null } });
    const res = await server.gql<{ me: { municipality: { name: string }; cluster: null } }>(
      '{ me { municipality { name } cluster { name } } }',
      undefined,
      cookies.frontmedarbejder,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({ municipality: { name: 'Ishøj Kommune' }, cluster: null });
    expect(
      codes(await server.gql('{ me { municipality { region { name } } } }', undefined, cookies.frontmedarbejder)),
    ).toEqual(['FORBIDDEN']);
  });

  test('signing in reads the new account with its own rights', async () => {
    const res = await server.gql<{ signIn: { municipality: { name: string } } }>(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role municipality { name } } }',
      { e: demoEmail('frontmedarbejder'), p: 'demo1234' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.signIn.municipality.name).toBe('Ishøj Kommune');
  });

  test('the HSDS organizations are names and descriptions of units owning published offers, no tree', async () => {
    const res = await fetch(`${server.url}/api/hsds/organizations?per_page=100`);
    const body = (await res.json()) as { contents: Record<string, unknown>[] };
    const owners = await server.db.orgUnit.findMany({
      where: { offers: { some: { status: { in: ['ACTIVE', 'TEMPORARILY_CLOSED'] } } } },
      select: { id: true },
    });
    expect(body.contents.map((o) => o.id).sort()).toEqual(owners.map((o) => o.id).sort());
    for (const o of body.contents)
      expect(Object.keys(o).filter((k) => !['id', 'name', 'description'].includes(k))).toEqual([]);
    const service = (await (await fetch(`${server.url}/api/hsds/services/${ownedOfferId}`)).json()) as {
      organization: Record<string, unknown>;
    };
    expect(Object.keys(service.organization).sort()).toEqual(['description', 'id', 'name']);
    // A unit's own description is internal (staffing, reporting lines): the public gets name and municipality.
    const internal = (await server.db.orgUnit.findMany({ select: { description: true } })).flatMap((u) =>
      u.description ? [u.description] : [],
    );
    expect(internal.length).toBeGreaterThan(0);
    const published = JSON.stringify([body, service]);
    expect(internal.filter((d) => published.includes(d))).toEqual([]);
  });
});

describe('the server refuses to start when access is not stated', () => {
  const build = (extra: string) => () => wrapAccess(makeExecutableSchema({ typeDefs: [...loadTypeDefs(), extra] }));
  test.each([
    [
      'a type without a rule',
      'type Secret { id: ID! } extend type Query { secret: Secret @public }',
      'Secret states no access',
    ],
    ['a root field without a rule', 'extend type Query { secretCount: Int }', 'Query.secretCount states no access'],
    [
      'a field wider than its type',
      'type Secret @auth(requires: [direktoer]) { id: ID! @public } extend type Query { secret: Secret @public }',
      'Secret.id @public is wider',
    ],
    [
      'a field no role may read',
      'type Secret @auth(requires: [direktoer]) { id: ID! } extend type Query { secret: Secret @auth(requires: [frontmedarbejder]) }',
      'Query.secret: no role may read it',
    ],
    ['an interface', 'interface Named { name: String! }', 'Named: interfaces and unions'],
    [
      'EMPTY on a non-null scalar',
      'type Secret @public { n: Int! @auth(requires: [direktoer], otherwise: EMPTY) } extend type Query { secret: Secret @public }',
      'Secret.n: otherwise: EMPTY',
    ],
  ])('%s', (_, sdl, message) => {
    expect(build(sdl)).toThrow(message);
  });

  test('the schema as it is starts', () => {
    expect(build('extend type Query { extra: Boolean @public }')).not.toThrow();
  });
});
