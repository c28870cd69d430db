#!/usr/bin/env node
// pnpm lint: Prettier's check, then ESLint (ADR 022). Every finding names its file and line; the exit code
// is 1 when either finds anything. `pnpm lint --fix` lets both rewrite what they can; `pnpm lint PATH…`
// checks only those files or folders.
import { ESLint } from 'eslint';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fix = process.argv.includes('--fix');
// Paths to check (default: the whole repository), e.g. `pnpm lint apps/web/src/features/offers`.
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = paths.length > 0 ? paths : ['.'];
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

// Prettier is the repository's own (root package.json), so `pnpm format` and this check agree.
const prettierBin = join(root, 'node_modules/.bin/prettier');
const prettierModule = await import(pathToFileURL(createRequire(join(root, 'package.json')).resolve('prettier')).href);
const prettier = prettierModule.default ?? prettierModule; // its CommonJS entry arrives as the default export

/** The first line where a file differs from Prettier's output, as `file:line` with both versions. */
async function firstDifference(file) {
  const text = readFileSync(file, 'utf8');
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: file });
  const found = text.split('\n');
  const expected = formatted.split('\n');
  let line = 0;
  while (line < found.length && found[line] === expected[line]) line += 1;
  return [
    `${relative(root, file)}:${line + 1}:1  differs from Prettier's format (pnpm format rewrites it)`,
    `    found:    ${JSON.stringify(found[line] ?? '<end of file>')}`,
    `    expected: ${JSON.stringify(expected[line] ?? '<end of file>')}`,
  ].join('\n');
}

let failed = false;

let start = performance.now();
console.log('Prettier (.prettierrc.json)');
const listed = spawnSync(prettierBin, [fix ? '--write' : '--list-different', ...targets], {
  cwd: root,
  encoding: 'utf8',
});
if (listed.stderr) process.stderr.write(listed.stderr);
if (!fix && listed.status === 1) {
  const files = listed.stdout.split('\n').filter(Boolean);
  for (const file of files) console.log(await firstDifference(join(root, file)));
  console.log(`✖ ${files.length} file(s) differ from Prettier's format`);
  failed = true;
} else if (listed.status !== 0) {
  console.log(`✖ prettier exited with ${listed.status}`);
  failed = true;
} else console.log(`✔ formatted as configured (${seconds(start)} s)`);

start = performance.now();
console.log('\nESLint (eslint.config.mjs → tools/lint/eslint.config.mjs)');
const eslint = new ESLint({ cwd: root, fix });
const results = await eslint.lintFiles(targets);
if (fix) await ESLint.outputFixes(results);
const problems = results.reduce((sum, r) => sum + r.errorCount + r.warningCount, 0);
const stylish = await eslint.loadFormatter('stylish');
const report = await stylish.format(results);
if (report) console.log(report);
if (problems > 0) failed = true;
else console.log(`✔ ${results.length} files, no findings (${seconds(start)} s)`);

process.exit(failed ? 1 : 0);
