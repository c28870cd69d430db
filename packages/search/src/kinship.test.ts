import { namesAdultRelative } from './kinship';

test.each([
  'min far er blevet glemsom',
  'min mand drikker',
  'mor har fået demens',
  'vores mor er ensom',
  'mistet sin kone',
  'to børn og en mor der drikker',
  'søster drikker og jeg ved ikke hvad jeg skal gøre',
  'knogleskør mormor på 78',
])('"%s" names an adult relative', (text) => {
  expect(namesAdultRelative(text)).toBe(true);
});

test.each([
  'min datter på 9 har ondt i maven',
  'vores søn er ked af det',
  'mor til en dreng med autisme',
  'enlig far og pengene slår ikke til',
  'unge mor 19 år',
  'mor med angst og to små børn',
  'jeg er mor til to',
  'demens',
])('"%s" names none', (text) => {
  expect(namesAdultRelative(text)).toBe(false);
});
