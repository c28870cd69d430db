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
  'min faster har demens',
  'en mand som slår',
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
  // A citizen described by a kinship word with an age, a place or a noun (review of ADR 075).
  'mand 58 år med KOL',
  'mand på 45 med stress',
  'far 35 år stress',
  'kone 60 år smerter',
  'mor på barsel med angst',
  'forældre kursus adhd',
  'forældre der har mistet et barn',
  'jeg faster og har diabetes',
  'far som alenefar',
])('"%s" names none', (text) => {
  expect(namesAdultRelative(text)).toBe(false);
});
