#!/usr/bin/env node
// Codegen drift check (ADR 021): regenerates the GraphQL types into place and fails, showing the diff,
// when a committed file under __generated__/ differs from what the SDL files and the web app's documents
// give (someone changed the schema or an operation and did not run `pnpm codegen`). A document that does
// not validate against the schema fails the generator itself, with the file and line.
//
// Usage: node scripts/check-codegen.mjs   (run by `pnpm codegen:check`)
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const generated = ['apps/web/src/__generated__', 'apps/api/src/__generated__/graphql.ts'];

const run = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) {
  console.error('codegen:check: GraphQL Code Generator failed (see above).');
  process.exit(1);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const status = git('status', '--porcelain', '--untracked-files=all', '--', ...generated).trim();
if (status) {
  console.error('codegen:check: the generated GraphQL types differ from the committed ones:');
  console.error(status);
  console.error(git('diff', '--stat', '--', ...generated));
  console.error(
    git('diff', '--', ...generated)
      .split('\n')
      .slice(0, 200)
      .join('\n'),
  );
  console.error('Run `pnpm codegen` and commit the files under __generated__/.');
  process.exit(1);
}
console.log('codegen:check: the generated GraphQL types match the SDL and the web documents.');
