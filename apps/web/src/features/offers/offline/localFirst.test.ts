import { renderHook } from '@testing-library/react';
import { setClock } from '@sundhed/shared/clock';
import {
  copyAnswers,
  copyIsCurrent,
  dayOfVersion,
  forgetCatalogueVersion,
  isOlderVersion,
  reportCatalogueVersion,
  useCatalogueVersionReport,
  type VersionReport,
} from './localFirst';
import type { OfferSearchInput } from '../searchQueries';

const me = 'u-1@m-183';
const day = '2026-12-05';
const v = `${day}:41:7`;
const told = (version: string | null, owner = me, on = day): VersionReport => ({ owner, version, day: on });

describe('when the copy answers in place of the server (ADR 076)', () => {
  it('answers when the copy is the account’s own, at the version the server last told, on the same day', () => {
    expect(copyIsCurrent({ owner: me, version: v }, told(v), me, day)).toBe(true);
  });

  it('does not answer from a copy made at another version than the server last told', () => {
    expect(copyIsCurrent({ owner: me, version: `${day}:40:7` }, told(v), me, day)).toBe(false);
    // The server newer: a write to the offers, or to the synonyms, since the copy.
    expect(copyIsCurrent({ owner: me, version: v }, told(`${day}:42:7`), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me, version: v }, told(`${day}:41:8`), me, day)).toBe(false);
  });

  it('does not answer from a copy without a version, or when the server could not tell one', () => {
    expect(copyIsCurrent({ owner: me, version: null }, told(null), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me }, told(v), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me, version: v }, told(null), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me, version: v }, null, me, day)).toBe(false);
  });

  it('does not answer for another account: the copy, or what the server told, is someone else’s', () => {
    expect(copyIsCurrent({ owner: 'u-2@m-183', version: v }, told(v), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me, version: v }, told(v, 'u-2@m-183'), me, day)).toBe(false);
    expect(copyIsCurrent({ owner: me, version: v }, told(v), undefined, day)).toBe(false);
  });

  it('does not answer on a new day until the server has told the new day', () => {
    expect(copyIsCurrent({ owner: me, version: v }, told(v), me, '2026-12-06')).toBe(false);
    // The server's day is part of the version: yesterday's copy is not today's.
    expect(copyIsCurrent({ owner: me, version: v }, told('2026-12-06:41:7', me, '2026-12-06'), me, '2026-12-06')).toBe(
      false,
    );
  });

  it('asks the server for an input field the copy is not known to answer', () => {
    expect(copyAnswers({ text: 'rygestop', age: 70, freeOnly: true, limit: 30, ignoreChips: ['age'] })).toBe(true);
    expect(copyAnswers({ text: 'x', modifiedAfter: '2026-01-01' } as OfferSearchInput)).toBe(false);
  });

  it('reads the day of a version and orders versions of one day', () => {
    expect(dayOfVersion(v)).toBe(day);
    expect(isOlderVersion(`${day}:40:7`, v)).toBe(true);
    expect(isOlderVersion(v, `${day}:40:7`)).toBe(false);
    expect(isOlderVersion(`${day}:41:6`, v)).toBe(true);
    expect(isOlderVersion(v, v)).toBe(false);
    expect(isOlderVersion(`2026-12-04:90:9`, v)).toBe(true);
  });
});

describe('what the server told', () => {
  beforeEach(() => {
    setClock('2026-12-05T09:00:00.000Z');
    forgetCatalogueVersion();
  });
  afterEach(() => setClock(null));

  const last = () => renderHook(() => useCatalogueVersionReport()).result.current;

  it('keeps the newest version: a slow answer searched before the last told changes nothing', () => {
    reportCatalogueVersion(me, `${day}:42:7`);
    reportCatalogueVersion(me, `${day}:41:7`);
    expect(last()).toEqual({ owner: me, version: `${day}:42:7`, day });
  });

  it('stops the copy’s answers when an answer could not tell its version', () => {
    reportCatalogueVersion(me, v);
    reportCatalogueVersion(me, null);
    expect(last()?.version).toBeNull();
  });

  it('takes another account’s version as it comes (the copy is checked against the account)', () => {
    reportCatalogueVersion(me, `${day}:42:7`);
    reportCatalogueVersion('u-2@m-183', `${day}:41:7`);
    expect(last()).toEqual({ owner: 'u-2@m-183', version: `${day}:41:7`, day });
  });
});
