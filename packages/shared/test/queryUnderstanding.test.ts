import { impossibleAge, MAX_QUERY_AGE, understandQuery } from '../src/queryUnderstanding';
import { searchableInput } from '../src/searchText';

test('an age in the sentence becomes an age chip and leaves the text', () => {
  expect(understandQuery('datteren på 9 er ked af det')).toEqual({
    chips: [{ kind: 'age', value: '9', typed: 'paa 9' }],
    text: 'datteren er ked af det',
  });
  expect(understandQuery('mand 67 år med diabetes').chips).toEqual([{ kind: 'age', value: '67', typed: '67 aar' }]);
  expect(understandQuery('min søn er 14-årig').chips[0]?.value).toBe('14');
});

test('numbers that are not ages stay text', () => {
  expect(understandQuery('kurser på 30 minutter').chips).toEqual([]);
  expect(understandQuery('2635 ishøj').chips).toEqual([]);
  expect(understandQuery('mor på 130').chips).toEqual([]);
});

test('gratis, a language and a format', () => {
  const read = understandQuery('gratis rygestop på arabisk online');
  expect(read.chips.map((c) => [c.kind, c.value])).toEqual([
    ['free', 'true'],
    ['language', 'ar'],
    ['format', 'online'],
  ]);
  expect(read.text).toBe('rygestop');
  expect(understandQuery('genoptræning på hold').chips).toEqual([{ kind: 'format', value: 'hold', typed: 'paa hold' }]);
  expect(understandQuery('somalitalende mødre').chips[0]).toMatchObject({ kind: 'language', value: 'so' });
});

test('a removed chip is not read again; words that only look alike are not chips', () => {
  expect(understandQuery('gratis motion på 70', ['free']).chips.map((c) => c.kind)).toEqual(['age']);
  expect(understandQuery('gratis motion på 70', ['free']).text).toBe('gratis motion');
  expect(understandQuery('hold op med at ryge').chips).toEqual([]);
  expect(understandQuery('kørt ned').chips).toEqual([]);
});

test('any input is safe', () => {
  for (const text of ['', '   ', 'på', 'x'.repeat(10_000), 'på 999999999999', '(((på arabisk']) {
    expect(() => understandQuery(text)).not.toThrow();
  }
});

test('an age nobody is ("200 år", "på 130") is named, and its words leave the text searched', () => {
  expect(impossibleAge('200 år')).toEqual({ age: 200, text: '' });
  expect(impossibleAge('rygestop 200 år')).toEqual({ age: 200, text: 'rygestop' });
  expect(impossibleAge('min mor på 130 er faldet')).toEqual({ age: 130, text: 'min mor er faldet' });
  expect(impossibleAge('hjælp til 150-årige')).toEqual({ age: 150, text: 'hjælp til' });
  // A possible age is the chip's; a number that is not an age stays text.
  for (const text of [
    'mand 67 år',
    'på 120',
    'kursus på 180 minutter',
    'på 130 kr',
    '2635 ishøj',
    '',
    'vægttab på 150 kg',
    'gåtur på 200 meter',
    'hold på 150 personer',
    'bolig på 130 m2',
  ])
    expect(impossibleAge(text)).toBeNull();
});

test('a search of only punctuation, or an impossible age, searches for nothing of it', () => {
  for (const text of ['%', '?!', ' .,;- ', '200 år'])
    expect(searchableInput({ text, limit: 5 })).toEqual({ text: undefined, limit: 5 });
  expect(searchableInput({ text: 'rygestop 200 år' }).text).toBe('rygestop');
  expect(searchableInput({ text: 'ø?' }).text).toBe('ø?');
  expect(searchableInput({ text: 'rygestop', age: MAX_QUERY_AGE + 1 })).toEqual({ text: 'rygestop', age: undefined });
  expect(searchableInput({ age: MAX_QUERY_AGE }).age).toBe(120);
});
