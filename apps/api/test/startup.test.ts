// Start-up refuses clearly, with a non-zero exit, when the database cannot be reached, when an
// applied migration has been changed, or when the sign-in configuration is incomplete.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/db/migrate';
import { migrationsDir, repoRoot } from '../src/db/paths';
import { emptyTestDatabase } from './testDatabase';

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/api/src/main.ts')], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', PORT: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('an unreachable database stops start-up with a clear Danish message', async () => {
  const { code, output } = await start({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/findes_ikke' });
  expect(code).toBe(1);
  expect(output).toMatch(/Sundhedsoverblik kunne ikke starte: databasen kan ikke nås/);
});

test('a changed applied migration stops start-up', async () => {
  const database = await emptyTestDatabase();
  try {
    await migrate(database.url, migrationsDir);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64) WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`,
    );
    await client.end();
    const { code, output } = await start({ DATABASE_URL: database.url });
    expect(code).toBe(1);
    expect(output).toMatch(/has changed since it was applied/);
  } finally {
    await database.drop();
  }
});

test("SAML set up without the identity provider's issuer stops start-up before the database is touched", async () => {
  const { code, output } = await start({
    DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/findes_ikke',
    SAML_ENTRY_POINT: 'https://idp.example/sso',
    SAML_IDP_CERT: 'MIIBfake',
    SAML_SP_ENTITY_ID: 'https://app.example',
    SAML_ACS_URL: 'https://app.example/api/auth/saml/acs',
  });
  expect(code).toBe(1);
  expect(output).toMatch(/Sundhedsoverblik kunne ikke starte: SAML_IDP_ISSUER mangler/);
  expect(output).not.toMatch(/databasen kan ikke nås/);
});
