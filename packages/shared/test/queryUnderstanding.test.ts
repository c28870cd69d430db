import { understandQuery } from '../src/queryUnderstanding';

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
