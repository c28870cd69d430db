// pnpm test: every test of the project in one Jest run (packages, API against PostgreSQL, web
// components, end-to-end in headless Chromium), then one summary line "N passed, N failed".
//
// Options: --no-e2e (packages, API and web only); --projects=packages,web (those Jest projects; the
// production build runs only when e2e is among them); --ci-step (closing line "tests: N passed and
// N failed", so .ci/run's steps do not read as its own closing line). Other arguments go to Jest.
//
// PostgreSQL: TEST_DATABASE_URL, else the local server on 127.0.0.1:5432 (user postgres), else the
// API tests run on embedded PostgreSQL (PGlite), one instance per test file.
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium, installed from Debian's archive when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NODE_ENV: 'test' };
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });

function portOpen(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = createConnection({ port, host, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
    socket.once('timeout', () => (socket.destroy(), done(false)));
  });
}

if (!env.TEST_DATABASE_URL) {
  if (await portOpen(5432)) env.TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
  else {
    env.SUNDHED_TEST_EMBEDDED = '1';
    // PGlite loads its WebAssembly with a dynamic import, which Jest's VM allows only with this flag.
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim();
    console.log('Ingen PostgreSQL på 127.0.0.1:5432: API-testene kører på indlejret PostgreSQL (PGlite).');
  }
}

if (!env.CHROMIUM_PATH) {
  env.CHROMIUM_PATH = '/usr/bin/chromium';
  if (!existsSync(env.CHROMIUM_PATH) && process.getuid?.() === 0) {
    console.log('Installerer Chromium fra Debian (apt-get install chromium) …');
    run('sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ]);
  }
}

const allProjects = ['packages', 'api', 'web', 'e2e'];
const args = process.argv.slice(2);
const projectsArg = args.find((a) => a.startsWith('--projects='));
const ciStep = args.includes('--ci-step');
let projects = allProjects;
if (projectsArg) projects = projectsArg.slice('--projects='.length).split(',').filter(Boolean);
if (args.includes('--no-e2e')) projects = projects.filter((p) => p !== 'e2e');
const unknown = projects.filter((p) => !allProjects.includes(p));
if (unknown.length > 0 || projects.length === 0) {
  console.error(`Unknown or no Jest projects: ${unknown.join(', ')} (known: ${allProjects.join(', ')})`);
  process.exit(2);
}
const ownArgs = (a) => a === '--no-e2e' || a === '--ci-step' || a.startsWith('--projects=');
if (projects.includes('e2e')) {
  // The end-to-end tests drive the production build (NODE_ENV=test would make Vite build a dev bundle).
  const built = run('pnpm', ['build'], { env: { ...env, NODE_ENV: 'production' } });
  if (built.status !== 0) {
    console.log('The production build failed, so the end-to-end tests cannot run.');
    console.log(ciStep ? 'tests: 0 passed and 1 failed' : '0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(join(root, '.e2e-artifacts'), { recursive: true });
const report = join(root, '.e2e-artifacts/jest-results.json');
rmSync(report, { force: true }); // a report left by an earlier run must not stand in for this one
const jestArgs = ['exec', 'jest', '--json', `--outputFile=${report}`, ...args.filter((a) => !ownArgs(a))];
if (projects.length < allProjects.length) jestArgs.push('--selectProjects', ...projects);
// PGlite's WebAssembly runtime keeps timers alive after its instances are closed.
if (env.SUNDHED_TEST_EMBEDDED === '1') jestArgs.push('--forceExit');
const result = run('pnpm', jestArgs);

let passed = 0;
let failed = 1; // stays 1 when Jest wrote no report
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(ciStep ? `tests: ${passed} passed and ${failed} failed` : `${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
