// The quarterly report's PDF from the deployable build (ADR 029): pdfkit stays an external package of the
// bundle and reads its AFM files from its own folder, and the DejaVu font files are resolved from the
// deployment's node_modules; dist/main.mjs, started outside the repository, answers a signed-in director
// with a PDF whose text has the Danish title and a seeded project's name.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/db/paths';
import { demoEmail, demoPassword } from './testServer';
import { cloneTestDatabase, embeddedMode, type TestDatabase } from './testDatabase';

jest.setTimeout(120_000);

let folder: string;
let database: TestDatabase | undefined;
let child: ChildProcess | undefined;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sundhed-dist-pdf-'));
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

(embeddedMode ? test.skip : test)('dist/main.mjs serves the quarterly PDF with its fonts', async () => {
  database = await cloneTestDatabase();
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

  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: demoEmail('direktoer'), p: demoPassword },
    }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  expect(cookie).toBeDefined();
  // 3. kvt. 2026 has ended by any clock this test runs under.
  const res = await fetch(`${url}/api/reports/quarterly.pdf?year=2026&quarter=3`, { headers: { cookie: cookie! } });
  expect(res.status).toBe(200);
  const pdf = Buffer.from(await res.arrayBuffer());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans\b/);
  const { text } = JSON.parse(
    execFileSync(process.execPath, [join(__dirname, 'pdfText.mjs')], { input: pdf, encoding: 'utf8' }),
  ) as { text: string };
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Kvartalsrapport til Social- og Sundhedsudvalget, 3. kvt. 2026');
  expect(flat).toContain('Nøffes Gadekøkken');
});
