import { fold } from '../../../shared';
import { offlineBassin, offlineCopy, offlineOffers, offlineRygestop } from './offlineFixtures';
import { searchOffline } from './offlineSearch';

const names = (text: string, extra: object = {}, synonymGroups: string[][] = []) =>
  searchOffline(offlineCopy(offlineOffers, synonymGroups), { text, ...extra }).hits.map((h) => h.offer.name);

describe('searchOffline (the server engine over the local copy, ADR 044)', () => {
  it('folds æ/ø/å to ae/oe/aa and lower case', () => {
    expect(fold('Træning ØRESUND Å')).toBe('traening oeresund aa');
  });

  it('finds by word part, stem, either spelling and the description, and ignores small words of a sentence', () => {
    expect(names('rygestop')).toEqual(['Rygestopkursus']);
    expect(names('traening varmt')[0]).toBe('Træning i varmtvandsbassin');
    expect(names('TRÆNING')).toEqual(['Træning i varmtvandsbassin']);
    expect(names('stop med at ryge')[0]).toBe('Rygestopkursus');
    expect(names('grader')).toEqual(['Træning i varmtvandsbassin']);
    expect(names('svømning')).toEqual(['Træning i varmtvandsbassin']); // the national vocabulary: vand, bassin
    expect(names('regnskab')).toEqual([]);
  });

  it('uses the synonym groups of the copy and tolerates typos, as online', () => {
    expect(names('blåbær')).toEqual([]);
    expect(names('blåbær', {}, [['blåbær', 'rygestop']])).toEqual(['Rygestopkursus']);
    expect(names('rygestob')).toEqual(['Rygestopkursus']);
  });

  it('applies the need, age and free filters', () => {
    expect(names('', { needCategory: 'motion' })).toEqual(['Træning i varmtvandsbassin']);
    expect(names('', { age: 40 })).toEqual(['Rygestopkursus']);
    expect(names('', { freeOnly: true })).toEqual(['Rygestopkursus']);
    expect(names('', { age: 70, freeOnly: true })).toEqual(['Rygestopkursus']);
    expect(names('', { targetGroup: 'ældre' })).toEqual(['Træning i varmtvandsbassin']);
  });

  it('leaves out offers that are not active, as online', () => {
    const closed = { ...offlineBassin, status: 'TEMPORARILY_CLOSED' as const };
    const result = searchOffline(offlineCopy([offlineRygestop, closed]), { text: '' });
    expect(result.total).toBe(1);
    expect(result.hits[0]?.offer.name).toBe('Rygestopkursus');
  });
});
