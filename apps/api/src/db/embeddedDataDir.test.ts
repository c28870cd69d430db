// The embedded database is private to the app's OS user and never starts over someone's data:
// it listens on a Unix socket in a 0700 folder (no TCP port), keeps its files 0700/0600, and the app
// refuses (exit 1, Danish, nothing touched) a data folder that is not empty but not a whole database.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { dataDirState, looseEntries } from './dataDir';
import { runTs, serveEmbedded } from '../../test/embeddedProcess';

let root: string;
let pristine: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sundhed-datadir-'));
  pristine = join(root, 'pristine');
  const served = await serveEmbedded(pristine);
  await served.stop();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every path under dir with its size and modification time: "nothing touched" is this unchanged. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    out.push(`${relative(dir, path)} ${stat.isDirectory() ? 'd' : stat.size} ${stat.mtimeMs}`);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(dir);
  return out;
}

function copyOfPristine(name: string): string {
  const dir = join(root, name);
  cpSync(pristine, dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

test('listens only on a Unix socket in a private folder, and keeps every data file private', async () => {
  const dir = copyOfPristine('loose');
  // As an older version left them: world-readable and world-writable.
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'base'), 0o777);
  chmodSync(join(dir, 'PG_VERSION'), 0o666);
  chmodSync(join(dir, 'postgresql.conf'), 0o644);
  expect(looseEntries(dir).length).toBeGreaterThanOrEqual(4);

  const served = await serveEmbedded(dir);
  try {
    const url = new URL(served.url);
    expect(url.searchParams.get('host')).toBe(served.socketDir); // a socket folder, not a TCP host
    expect(statSync(served.socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(served.socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
    const client = new pg.Client({ connectionString: served.url });
    await client.connect();
    await client.query(
      'CREATE TABLE written_after_start (a int); INSERT INTO written_after_start VALUES (1); CHECKPOINT',
    );
    await client.end();
    expect(looseEntries(dir)).toEqual([]);
  } finally {
    await served.stop();
  }
  expect(looseEntries(dir)).toEqual([]);
}, 120_000);

test('a second process on the same data folder is refused', async () => {
  const dir = copyOfPristine('shared');
  const served = await serveEmbedded(dir);
  try {
    await expect(serveEmbedded(dir)).rejects.toThrow(/bruges allerede af en anden kørende Sundhedsoverblik/);
  } finally {
    await served.stop();
  }
}, 120_000);

describe('the app refuses an incomplete or foreign data folder, and touches nothing', () => {
  const startApp = (dir: string) =>
    runTs('src/main.ts', [], { DATABASE_URL: '', SUNDHED_DATA_DIR: dir, PORT: '0' }, 60_000);

  test.each([
    ['PG_VERSION', 'PG_VERSION'],
    ['global/pg_control', 'global/pg_control'],
    ['base', 'base/'],
  ])('without %s', async (removed, named) => {
    const dir = copyOfPristine(`without-${removed.replace('/', '-')}`);
    rmSync(join(dir, removed), { recursive: true });
    const before = snapshot(dir);
    const { code, output } = await startApp(dir);
    expect(code).toBe(1);
    expect(output).toContain('Sundhedsoverblik kunne ikke starte: datamappen');
    expect(output).toContain('er ikke tom, men den er ikke en hel database');
    expect(output).toContain(named);
    expect(output).toContain('pnpm db:restore');
    expect(snapshot(dir)).toEqual(before);
  });

  test('a folder of other files', async () => {
    const dir = join(root, 'foreign');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'not a database');
    const before = snapshot(dir);
    const { code, output } = await startApp(dir);
    expect(code).toBe(1);
    expect(output).toContain('er ikke en hel database');
    expect(snapshot(dir)).toEqual(before);
  });
});

test('dataDirState: absent, empty, complete, incomplete', () => {
  expect(dataDirState(join(root, 'nothing-here'))).toEqual({ kind: 'absent' });
  const empty = join(root, 'empty');
  mkdirSync(empty);
  expect(dataDirState(empty)).toEqual({ kind: 'empty' });
  expect(dataDirState(pristine)).toEqual({ kind: 'complete' });
  const emptyBase = copyOfPristine('empty-base');
  rmSync(join(emptyBase, 'base'), { recursive: true });
  mkdirSync(join(emptyBase, 'base'));
  expect(dataDirState(emptyBase)).toEqual({ kind: 'incomplete', missing: ['base/*'] });
});
