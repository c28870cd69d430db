// Short stems (ADR 077): a Danish stem of three letters or fewer joins unrelated words ("ryggen" the back and
// "ryge" to smoke both stem to "ryg"; "ledighed" and "led" a joint to "led"), and as a prefix it runs into
// other words ("ryg*": "rygestop"; "bol*": "bold"). Each rule with a small catalogue of its own.
import { catalogueIndex, indexedOffer, searchIndex, type SearchableOffer } from '../src';
import { blankOffer } from './blankOffer';
import { searchStem, stemDanish } from '../src/stemmer';

const base = blankOffer;

function offer(id: string, name: string, shortDescription: string, description: string): SearchableOffer {
  return { ...base, id, name, shortDescription, description };
}

function hits(offers: SearchableOffer[], text: string): { id: string; reasons: string[] }[] {
  const index = catalogueIndex(
    offers.map((o) => indexedOffer(o, [], null)),
    [],
  );
  return searchIndex(index, { text, limit: 20 }, { municipalityId: null, suggest: false }).hits.map((h) => ({
    id: h.offer.id,
    reasons: h.reasons,
  }));
}
const ids = (offers: SearchableOffer[], text: string) => hits(offers, text).map((h) => h.id);

const smoking = offer(
  'rygestop',
  'Rygestopkursus',
  'Gratis hold for rygere, der vil stoppe.',
  'Få hjælp til at stoppe med at ryge. For dig, der ryger dagligt og gerne vil være røgfri.',
);
const backSchool = offer(
  'rygskole',
  'Rygskole',
  'Holdforløb for borgere med ondt i lænden.',
  'Du lærer om ryggens opbygning og øvelser, der holder ryggen stærk.',
);
const arthritis = offer(
  'gigt',
  'Træning med gigt',
  'Bevægelse for dig med stive led.',
  'Skånsom træning, når leddene gør ondt og et led er hævet.',
);
const unemployed = offer(
  'ledige',
  'Job og helbred',
  'Forløb for ledige, hvor helbredet står i vejen for jobbet.',
  'For borgere i ledighed med smerter eller stress.',
);
const football = offer('bold', 'Fodbold for seniorer', 'Boldspil en gang om ugen.', 'Vi spiller bold og hygger.');
const housing = offer('bolig', 'Boligstøtte', 'Hjælp til at søge boligstøtte.', 'Vejledning om din bolig og boligen.');
const catalogue = [smoking, backSchool, arthritis, unemployed, football, housing];

describe('the lexeme of a short stem keeps the next letter', () => {
  test('stemDanish stays PostgreSQL’s; searchStem tells "ryggen" from "ryge"', () => {
    expect(stemDanish('ryggen')).toBe('ryg');
    expect(stemDanish('ryge')).toBe('ryg');
    expect(searchStem('ryggen')).toBe('ryg'); // a doubled consonant: the word's own inflection
    expect(searchStem('ryge')).toBe('ryge');
    expect(searchStem('ryger')).toBe('ryge');
    expect(searchStem('ledighed')).toBe('ledi');
    expect(searchStem('maven')).toBe('mave');
    expect(searchStem('mave')).toBe('mave');
    expect(searchStem('jobbet')).toBe('job');
    expect(searchStem('traeningen')).toBe(stemDanish('traeningen')); // a long stem is the stem
  });
  test('"ondt i ryggen" finds the back school, not the smoking course', () => {
    const found = ids(catalogue, 'ondt i ryggen');
    expect(found[0]).toBe('rygskole');
    expect(found).not.toContain('rygestop');
  });
  test('the concept "rygsmerter" ("dårlig ryg", "ryggen") does not take in the smoking course', () => {
    for (const text of ['rygsmerter', 'dårlig ryg']) {
      expect(ids(catalogue, text)).toContain('rygskole');
      expect(ids(catalogue, text)).not.toContain('rygestop');
    }
  });
  test('"ryger" finds the smoking course, not the back school', () => {
    expect(ids(catalogue, 'ryger')[0]).toBe('rygestop');
    expect(ids(catalogue, 'ryger')).not.toContain('rygskole');
  });
  test('"ledighed" finds the offer for the unemployed, not the one for stiff joints', () => {
    expect(ids(catalogue, 'ledighed')).toEqual(['ledige']);
  });
});

describe('a short prefix extends only into a compound', () => {
  test('"bolig" finds housing support ("boligstøtte"), not football ("boldspil")', () => {
    expect(ids(catalogue, 'bolig')).toEqual(['bolig']);
  });
  test('"ryggen" finds "Rygskole" (ryg|skole), not "rygestop"', () => {
    const back = hits(catalogue, 'ryggen');
    expect(back.map((h) => h.id)).toEqual(['rygskole']);
  });
  test('a short word with a doubled consonant still reaches its compounds ("sukker": "sukkersyge", "kaffe": "kaffeklub")', () => {
    const diabetes = offer('diabetes', 'Livet med diabetes', 'Kursus for dig med sukkersyge.', 'Vi taler om kost.');
    const coffee = offer('kaffe', 'Seniorklub', 'Hyggeligt samvær.', 'Kaffeklubben mødes hver tirsdag.');
    expect(ids([diabetes, coffee, smoking, backSchool], 'sukker')).toEqual(['diabetes']);
    expect(ids([diabetes, coffee, smoking, backSchool], 'kaffe')).toEqual(['kaffe']);
  });
  test('"jobbet" meets "job" and "jobbet"', () => {
    expect(ids(catalogue, 'jobbet')).toEqual(['ledige']);
  });
});
