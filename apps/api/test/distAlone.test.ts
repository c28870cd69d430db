// The API build is deployable on its own: build.mjs writes dist/ into an empty folder outside the
// repository, the folder gets only the third-party packages a deployment installs (node_modules), and
// dist/main.mjs starts there (no source tree, no pnpm-workspace.yaml above it), migrates an empty database
// from its bundled migrations and serves the same schema as the sources.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, introspectionFromSchema, printSchema } from 'graphql';
import { repoRoot } from '../src/db/paths';
import { buildSchema } from '../src/server/schema';
import { embeddedMode, emptyTestDatabase, type TestDatabase } from './testDatabase';

jest.setTimeout(120_000);

let folder: string;
let database: TestDatabase | undefined;
let child: ChildProcess | undefined;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sundhed-dist-'));
  execFileSync(process.execPath, [join(repoRoot, 'apps/api/build.mjs'), '--outdir', join(folder, 'dist')], {
    cwd: folder,
    stdio: 'pipe',
  });
  symlinkSync(join(repoRoot, 'apps/api/node_modules'), join(folder, 'node_modules'), 'dir');
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

test('dist/ holds the bundle and its migrations, and no SDL file is read at run time', () => {
  expect(existsSync(join(folder, 'dist/main.mjs'))).toBe(true);
  expect(existsSync(join(folder, 'dist/migrations/migration_lock.toml'))).toBe(true);
  expect(existsSync(join(folder, 'apps'))).toBe(false);
  expect(existsSync(join(folder, 'pnpm-workspace.yaml'))).toBe(false);
});

(embeddedMode ? test.skip : test)(
  'dist/main.mjs starts outside the repository and serves the full schema',
  async () => {
    database = await emptyTestDatabase();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', PORT: '0', DATABASE_URL: database.url };
    delete env.SUNDHED_ROOT;
    child = spawn(process.execPath, [join(folder, 'dist/main.mjs')], { cwd: folder, env });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /kører på http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${match[1]}`);
        }
      };
      child!.stdout?.on('data', onData);
      child!.stderr?.on('data', onData);
      child!.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    expect(output).toMatch(/Migreringer udført: /);

    const post = async (query: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    // A field from a feature's SDL answers.
    expect(await post('{ authConfig { demoMode } }')).toEqual({ data: { authConfig: { demoMode: false } } });
    // And the served schema is the one the sources assemble.
    const served = await post(getIntrospectionQuery({ descriptions: true }));
    expect(served.errors).toBeUndefined();
    const fromDist = printSchema(buildClientSchema(served.data as never));
    const fromSources = printSchema(buildClientSchema(introspectionFromSchema(buildSchema())));
    expect(fromDist).toBe(fromSources);
  },
);
