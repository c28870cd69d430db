import { ageGroupPoints, agePoints, readQueryHints } from './queryHints';

test.each([
  ['datteren på 9', 9],
  ['angst 40 år', 40],
  ['drikker for meget, er 72', 72],
  ['mor til en 2-årig der ikke vil sove', 2],
  ['søn på 15 vejer for meget', 15],
  ['sorggruppe 45 aar', 45],
  ['han er 45', 45],
])('"%s" states the age %d', (text, age) => {
  expect(readQueryHints(text).age).toBe(age);
});

test.each(['rygestop', 'bus 300S', 'postnummer 2635', 'på 400 år'])('"%s" states no age', (text) => {
  expect(readQueryHints(text).age).toBeNull();
});

test('an age within the range lifts, outside it lowers, no range is neutral', () => {
  expect(agePoints(9, 6, 12)).toBeGreaterThan(0);
  expect(agePoints(40, 6, 12)).toBeLessThan(0);
  expect(agePoints(40, null, null)).toBe(0);
  expect(agePoints(70, 65, null)).toBeGreaterThan(0);
});

test.each([
  ['angst voksne', 18, 120],
  ['motion for pensionister', 60, 120],
  ['unge med stress', 13, 29],
])('"%s" names an age group (%d–%d)', (text, min, max) => {
  expect(readQueryHints(text).ageGroup).toEqual({ min, max });
});

test('an age stated wins over a group, and "forældre" names no group', () => {
  expect(readQueryHints('unge mor 19 år').ageGroup).toBeNull();
  expect(readQueryHints('forældre til et barn med adhd').ageGroup).toBeNull();
  expect(ageGroupPoints({ min: 18, max: 120 }, 13, 17)).toBeLessThan(0);
  expect(ageGroupPoints({ min: 13, max: 29 }, 15, 25)).toBe(0);
  expect(ageGroupPoints({ min: 13, max: 29 }, null, null)).toBe(0);
});
