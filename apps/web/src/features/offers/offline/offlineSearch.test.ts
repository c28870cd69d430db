import { offlineBassin, offlineOffers, offlineRygestop } from './offlineFixtures';
import { fold } from '../../../shared';
import { searchOffline } from './offlineSearch';

const names = (text: string, extra: object = {}) =>
  searchOffline(offlineOffers, { text, ...extra }).hits.map((h) => h.offer.name);

describe('searchOffline (the local matcher)', () => {
  it('folds æ/ø/å to ae/oe/aa and lower case', () => {
    expect(fold('Træning ØRESUND Å')).toBe('traening oeresund aa');
  });

  it('finds by word prefix in either spelling, and ignores small words of a sentence', () => {
    expect(names('rygestop')).toEqual(['Rygestopkursus']);
    expect(names('traen varmt')).toEqual(['Træning i varmtvandsbassin']);
    expect(names('TRÆNING')).toEqual(['Træning i varmtvandsbassin']);
    expect(names('stop med at ryge')).toEqual(['Rygestopkursus']);
    expect(names('svømning')).toEqual([]);
  });

  it('applies the need, age and free filters', () => {
    expect(names('', { needCategory: 'motion' })).toEqual(['Træning i varmtvandsbassin']);
    expect(names('', { age: 40 })).toEqual(['Rygestopkursus']);
    expect(names('', { freeOnly: true })).toEqual(['Rygestopkursus']);
    expect(names('', { age: 70, freeOnly: true })).toEqual(['Rygestopkursus']);
    expect(names('', { targetGroup: 'aeldre' })).toEqual(['Træning i varmtvandsbassin']);
  });

  it('leaves out offers that are not active and says where the hit came from', () => {
    const closed = { ...offlineBassin, status: 'TEMPORARILY_CLOSED' as const };
    const result = searchOffline([offlineRygestop, closed], { text: '' });
    expect(result.total).toBe(1);
    expect(result.hits[0]?.reasons).toEqual(['fundet i den gemte kopi']);
  });
});
