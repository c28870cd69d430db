// Concurrent edit pairs (issue 7, ADR 016), shared by test/concurrentEdits.test.ts and
// bench/concurrent-edits.ts: two clients load the same record, each changes a different field the way
// the forms do (every loaded value sent back, one changed) and both save at the same moment. A pair is
// sound when every acknowledged save is stored, the loser gets CONFLICT with the winner's values, its
// changes reapplied on the new version are stored too, and (offers) the history agrees with the data.
import type { Db } from '../src/db/prisma';

interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}
export type Gql = (
  query: string,
  variables: Record<string, unknown>,
  cookie: string,
) => Promise<{ data?: Record<string, unknown> | null; errors?: GqlError[] }>;

type Values = Record<string, unknown>;

/** How to load, change and save one kind of record. */
export interface RecordSpec {
  kind: string;
  /** Loads the record's version and editable values, as a form would. */
  load(gql: Gql, cookie: string, id: string): Promise<{ version: number; values: Values }>;
  /** The update mutation's document; variables $id, $v (version) and $i (input). */
  mutation: string;
  /** The two fields the two clients change, by pair number. */
  fields(pair: number): [string, string];
  /** A new value for a field, different from the current one. */
  newValue(field: string, pair: number, client: 'a' | 'b', current: unknown): unknown;
}

export interface PairTally {
  pairs: number;
  /** Saves acknowledged as saved. */
  saved: number;
  conflicts: number;
  /** Acknowledged changes not in the stored record afterwards: must be 0. */
  lost: number;
  /** Conflicts whose extensions did not carry the stored version and the winner's value. */
  badConflicts: number;
  /** Offers: fields whose newest history row disagrees with the stored value, or versions not accounted for. */
  historyMismatches: number;
  /** Answers that were neither data nor CONFLICT. */
  otherErrors: string[];
}

export const emptyTally = (): PairTally => ({
  pairs: 0,
  saved: 0,
  conflicts: 0,
  lost: 0,
  badConflicts: 0,
  historyMismatches: 0,
  otherErrors: [],
});

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function save(gql: Gql, spec: RecordSpec, cookie: string, id: string, version: number, input: Values) {
  const res = await gql(spec.mutation, { id, v: version, i: input }, cookie);
  const error = res.errors?.[0];
  if (!error && res.data) return { ok: true as const };
  return { ok: false as const, code: error?.extensions?.code as string | undefined, error };
}

/** Runs one pair on record `id`; adds to `tally`. With `db`, offers' history is checked against the stored data. */
export async function runPair(
  gql: Gql,
  spec: RecordSpec,
  cookies: [string, string],
  id: string,
  pair: number,
  tally: PairTally,
  db?: Db,
): Promise<void> {
  tally.pairs++;
  const [fieldA, fieldB] = spec.fields(pair);
  const [loadA, loadB] = await Promise.all([spec.load(gql, cookies[0], id), spec.load(gql, cookies[1], id)]);
  const start = loadA.version;
  const clients = [
    { cookie: cookies[0], loaded: loadA, field: fieldA, value: spec.newValue(fieldA, pair, 'a', loadA.values[fieldA]) },
    { cookie: cookies[1], loaded: loadB, field: fieldB, value: spec.newValue(fieldB, pair, 'b', loadB.values[fieldB]) },
  ];
  const results = await Promise.all(
    clients.map((c) => save(gql, spec, c.cookie, id, c.loaded.version, { ...c.loaded.values, [c.field]: c.value })),
  );
  const acknowledged: { field: string; value: unknown }[] = [];
  const losers: typeof clients = [];
  results.forEach((r, i) => {
    const c = clients[i]!;
    if (r.ok) {
      tally.saved++;
      acknowledged.push({ field: c.field, value: c.value });
    } else if (r.code === 'CONFLICT') {
      tally.conflicts++;
      losers.push(c);
      const ext = r.error!.extensions ?? {};
      const winner = clients[1 - i]!;
      const current = ext.current as Values | undefined;
      const changed = ext.changedFields as string[] | undefined;
      const named = !changed || changed.includes(winner.field);
      if (typeof ext.currentVersion !== 'number' || !current || !same(current[winner.field], winner.value) || !named)
        tally.badConflicts++;
    } else tally.otherErrors.push(`${spec.kind}: ${r.code ?? 'no code'} ${r.error?.message ?? ''}`);
  });
  // The loser reapplies its change on top of the current version, as the form's "Gem mine ændringer igen".
  for (const c of losers) {
    const fresh = await spec.load(gql, c.cookie, id);
    const again = await save(gql, spec, c.cookie, id, fresh.version, { ...fresh.values, [c.field]: c.value });
    if (again.ok) {
      tally.saved++;
      acknowledged.push({ field: c.field, value: c.value });
    } else tally.otherErrors.push(`${spec.kind} reapply: ${again.code ?? 'no code'} ${again.error?.message ?? ''}`);
  }
  // Every acknowledged change (the winner's, the loser's reapplied one) is stored: the two touch different fields.
  const stored = (await spec.load(gql, cookies[0], id)).values;
  for (const a of acknowledged) if (!same(stored[a.field], a.value)) tally.lost++;
  if (db && spec.kind === 'offer')
    tally.historyMismatches += await historyMismatches(db, id, start, stored, acknowledged.length);
}

/**
 * The history since version `start` agrees with the stored offer: each changed field's newest row holds
 * the stored value, and the rows account for every version from start + 1 to the stored one.
 */
async function historyMismatches(
  db: Db,
  offerId: string,
  start: number,
  stored: Values,
  saves: number,
): Promise<number> {
  const [offer, rows] = await Promise.all([
    db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { version: true } }),
    db.offerChange.findMany({
      where: { offerId, version: { gt: start } },
      orderBy: [{ version: 'asc' }, { changedAt: 'asc' }],
    }),
  ]);
  let mismatches = 0;
  const newest = new Map<string, unknown>();
  for (const r of rows) if (r.field) newest.set(r.field, r.newValue);
  for (const [field, value] of newest) if (field in stored && !same(value, stored[field])) mismatches++;
  const versions = new Set(rows.map((r) => r.version));
  if (offer.version !== start + saves || versions.size !== saves) mismatches++;
  return mismatches;
}

// The three kinds of record the pairs edit.

const OFFER_FORM_FIELDS = [
  'name',
  'shortDescription',
  'description',
  'alert',
  'contactName',
  'contactPhone',
  'eligibility',
  'minAge',
  'maxAge',
];

export const offerSpec: RecordSpec = {
  kind: 'offer',
  async load(gql, cookie, id) {
    const res = await gql(
      `query($id: ID!) { offer(id: $id) { version ${OFFER_FORM_FIELDS.join(' ')} } }`,
      { id },
      cookie,
    );
    const { version, ...values } = (res.data?.offer ?? {}) as Values;
    if (typeof version !== 'number') throw new Error(`cannot load offer ${id}: ${JSON.stringify(res.errors)}`);
    return { version, values };
  },
  mutation:
    'mutation($id: ID!, $v: Int!, $i: OfferInput!) { updateOffer(id: $id, version: $v, input: $i) { id version } }',
  fields: (pair) => {
    const editable = ['shortDescription', 'contactName', 'alert', 'eligibility', 'maxAge'];
    return [editable[pair % editable.length]!, editable[(pair + 2) % editable.length]!];
  },
  newValue: (field, pair, client) =>
    field === 'maxAge'
      ? 70 + (pair % 20) + (client === 'a' ? 0 : 1)
      : `Ændret af ${client.toUpperCase()} i par ${pair}`,
};

export const milestoneSpec: RecordSpec = {
  kind: 'milestone',
  async load(gql, cookie, id) {
    const res = await gql('query { themes { milestones { id version year quarter date text status } } }', {}, cookie);
    const all = ((res.data?.themes ?? []) as { milestones: Values[] }[]).flatMap((t) => t.milestones);
    const { id: _id, version, ...values } = all.find((m) => m.id === id) ?? {};
    if (typeof version !== 'number') throw new Error(`cannot load milestone ${id}`);
    return { version, values };
  },
  mutation:
    'mutation($id: ID!, $v: Int!, $i: MilestoneInput!) { updateMilestone(id: $id, version: $v, input: $i) { id version } }',
  fields: () => ['text', 'status'],
  newValue: (field, pair, client, current) =>
    field === 'status'
      ? current === 'DONE'
        ? 'IN_PROGRESS'
        : 'DONE'
      : `Milepæl ændret af ${client.toUpperCase()} i par ${pair}`,
};

export const budgetLineSpec: RecordSpec = {
  kind: 'budgetLine',
  async load(gql, cookie, id) {
    const res = await gql(
      'query { themes { budgetLines { id version year description amountKr staffHours hoursUnit fundingSource } } }',
      {},
      cookie,
    );
    const all = ((res.data?.themes ?? []) as { budgetLines: Values[] }[]).flatMap((t) => t.budgetLines);
    const { id: _id, version, ...values } = all.find((b) => b.id === id) ?? {};
    if (typeof version !== 'number') throw new Error(`cannot load budget line ${id}`);
    return { version, values };
  },
  mutation:
    'mutation($id: ID!, $v: Int!, $i: BudgetLineInput!) { updateBudgetLine(id: $id, version: $v, input: $i) { id version } }',
  fields: () => ['description', 'amountKr'],
  newValue: (field, pair, client) =>
    field === 'amountKr'
      ? 100_000 + pair * 10 + (client === 'a' ? 1 : 2)
      : `Budgetlinje ændret af ${client.toUpperCase()} i par ${pair}`,
};
