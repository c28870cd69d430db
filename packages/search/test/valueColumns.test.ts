// The language and format filters read each document's values as bits of a column (ADR 083). They must let
// through exactly the offers whose lists hold the value, also past the 31 values that get a bit of their own,
// for formats written in any case, and after updates in place that give an offer new values.
import { catalogueIndex, indexedOffer, searchIndex, updateIndex, type SearchableOffer } from '../src';
import { blankOffer } from './blankOffer';

// 40 languages: the last nine have no bit of their own.
const languages = Array.from({ length: 40 }, (_, i) => `l${String(i).padStart(2, '0')}`);
const formats = ['Online', 'Hold', 'individuelt', 'HJEMMEBESØG', 'Telefon'];
const offers: SearchableOffer[] = Array.from({ length: 400 }, (_, i) => ({
  ...blankOffer,
  id: `o-${String(i).padStart(3, '0')}`,
  name: `Tilbud ${i}`,
  languages: [languages[i % 40]!, languages[(i * 7) % 40]!, ...(i % 3 ? [] : ['da'])],
  formats: i % 4 ? [formats[i % 5]!, formats[(i * 3) % 5]!] : [],
}));
const label = (v: bigint) => ({ offersVersion: v, synonymsVersion: 0n, stamps: new Map<string, string>() });
const build = (list: readonly SearchableOffer[]) =>
  catalogueIndex(
    list.map((o) => indexedOffer(o, [], null)),
    [],
  );

function expectFiltersOfTheLists(index: ReturnType<typeof build>, list: readonly SearchableOffer[]) {
  const found = (input: { language?: string; format?: string }) =>
    searchIndex(index, { text: '', limit: 100, ...input }, { municipalityId: null }).total;
  for (const language of [...languages, 'da', 'zz'])
    expect([language, found({ language })]).toEqual([
      language,
      list.filter((o) => o.languages.includes(language)).length,
    ]);
  for (const format of [...formats, 'ukendt'])
    expect([format, found({ format })]).toEqual([
      format,
      list.filter((o) => o.formats.some((x) => x.toLowerCase() === format.toLowerCase())).length,
    ]);
  // Both at once.
  expect(found({ language: 'l35', format: 'online' })).toBe(
    list.filter((o) => o.languages.includes('l35') && o.formats.some((x) => x.toLowerCase() === 'online')).length,
  );
}

test('the language and format filters let through the offers whose lists hold the value, past 31 values too', () => {
  const index = build(offers);
  expectFiltersOfTheLists(index, offers);
});

test('after updates in place that change an offer’s languages and formats, and add an offer', () => {
  const index = build(offers);
  expectFiltersOfTheLists(index, offers);
  const edited: SearchableOffer[] = [
    { ...offers[0]!, languages: ['l39', 'l01'], formats: ['TELEFON'] },
    { ...offers[1]!, languages: ['ny'], formats: [] },
    { ...offers[2]!, id: 'o-new', languages: ['l38', 'da'], formats: ['online', 'Ny form'] },
  ];
  updateIndex(
    index,
    edited.map((o) => indexedOffer(o, [], null)),
    [],
    label(1n),
  );
  const after = [...offers.map((o) => edited.find((e) => e.id === o.id) ?? o), edited[2]!];
  expectFiltersOfTheLists(index, after);
  expect(searchIndex(index, { text: '', language: 'ny' }, { municipalityId: null }).total).toBe(1);
  expect(searchIndex(index, { text: '', format: 'ny form' }, { municipalityId: null }).total).toBe(1);
});
