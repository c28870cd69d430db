// Sends hostile requests over HTTP as each demo role and anonymously, a few at a time, and tallies the
// answers: per-code counts, problems (internal errors, 5xx, English or code-less errors) and requests
// not answered within the timeout. Used by test/fuzz.test.ts and bench/fuzz.ts.
import http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Db } from '../../src/db/prisma';
import { codesOf, hostileRequests, problemsOf, type HostileRequest, type KnownIds } from './hostileRequests';

export const DEMO_ROLES = ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat'] as const;

export interface FuzzResult {
  sent: number;
  internalErrors: number;
  unanswered: number;
  codes: Record<string, number>;
  problems: { caller: string; request: HostileRequest; problems: string[] }[];
  ms: number;
  /** Time spent per root field and kind of case, to see where a run's time goes. */
  msByTarget: Record<string, number>;
}

export async function knownIds(db: Db): Promise<KnownIds> {
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
  return {
    offers: await ids(db.offer.findMany({ select: { id: true }, take: 5 })),
    units: await ids(db.orgUnit.findMany({ select: { id: true }, take: 5 })),
    themes: await ids(db.theme.findMany({ select: { id: true }, take: 5 })),
    milestones: await ids(db.milestone.findMany({ select: { id: true }, take: 3 })),
    budgetLines: await ids(db.budgetLine.findMany({ select: { id: true }, take: 3 })),
    reports: await ids(db.offerReport.findMany({ select: { id: true }, take: 3 })),
  };
}

export async function signInDemo(url: string, role: string, agent: http.Agent): Promise<string> {
  const body = JSON.stringify({
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
    variables: { e: `${role}@demo.ishoj.dk`, p: 'demo1234' },
  });
  const res = await post(
    url,
    { target: 'Mutation.signIn', kind: 'signIn', body, contentType: 'application/json' },
    undefined,
    agent,
    30_000,
  );
  const cookie = res.setCookie?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${role} failed: ${res.text}`);
  return cookie;
}

export interface FuzzOptions {
  url: string;
  schema: GraphQLSchema;
  ids: KnownIds;
  seed: number;
  perField: number;
  hugeLength: number;
  concurrency: number;
  timeoutMs: number;
  /** Callers: the demo roles and "anonymous". */
  callers?: readonly string[];
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzResult> {
  const started = performance.now();
  const result: FuzzResult = {
    sent: 0,
    internalErrors: 0,
    unanswered: 0,
    codes: {},
    problems: [],
    ms: 0,
    msByTarget: {},
  };
  const callers = o.callers ?? [...DEMO_ROLES, 'anonymous'];
  for (const [index, caller] of callers.entries()) {
    // Signing out or in again would drop the caller's session for the rest of the run.
    const signedIn = caller !== 'anonymous';
    const exclude = new Set(signedIn ? ['Mutation.signOut', 'Mutation.signInDemo', 'Mutation.signIn'] : []);
    const requests = hostileRequests(o.schema, {
      seed: o.seed + index,
      perField: o.perField,
      hugeLength: o.hugeLength,
      ids: o.ids,
      exclude,
    });
    // A keep-alive agent per caller, made after generating its requests and closed after it: a pooled
    // socket left idle meanwhile would meet the server's keep-alive timeout ("other side closed").
    const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
    const cookie = signedIn ? await signInDemo(o.url, caller, agent) : undefined;
    let next = 0;
    const worker = async () => {
      for (let request = requests[next++]; request !== undefined; request = requests[next++]) {
        result.sent++;
        const t0 = performance.now();
        try {
          const answer = await post(o.url, request, cookie, agent, o.timeoutMs);
          for (const code of codesOf(answer)) result.codes[code] = (result.codes[code] ?? 0) + 1;
          const problems = problemsOf(answer);
          if (problems.includes('INTERNAL_SERVER_ERROR') || answer.status >= 500) result.internalErrors++;
          if (problems.length) result.problems.push({ caller, request, problems });
        } catch (error) {
          result.unanswered++;
          result.problems.push({ caller, request, problems: [`no answer: ${(error as Error).message}`] });
        }
        const key = `${request.target} ${request.kind}`;
        result.msByTarget[key] = (result.msByTarget[key] ?? 0) + performance.now() - t0;
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    agent.destroy();
  }
  result.ms = performance.now() - started;
  return result;
}

/** One POST over node:http; rejects if no complete answer arrives within timeoutMs. */
function post(
  base: string,
  request: HostileRequest,
  cookie: string | undefined,
  agent: http.Agent,
  timeoutMs: number,
): Promise<{ status: number; text: string; setCookie?: string }> {
  const url = new URL(`${base}/graphql`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': request.contentType,
          'content-length': Buffer.byteLength(request.body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie']?.[0],
          });
        });
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(request.body);
  });
}
