// Everyday and colloquial Danish for needs a municipal offer answers (issue 11's general vocabulary
// fixes): each phrase, in a sentence a citizen or a relative might type, names the concept it means.
import { findConcepts, foldedWords, nationalVocabulary } from '../src';

const index = nationalVocabulary();
const idsOf = (q: string) =>
  findConcepts(index, foldedWords(q)).flatMap((m) => m.concepts.map((i) => index.concepts[i]!.concept.id));

describe('everyday words name their concept', () => {
  test.each([
    ['jeg føler mig ensom om aftenen', 'ensomhed'],
    ['min søn har ingen at snakke med', 'ensomhed'],
    ['hun kan ikke komme ud af sengen om morgenen', 'depression'],
    ['alt er gråt for tiden', 'depression'],
    ['min far lider af nerver', 'angst'],
    ['hjertebanken og tror jeg dør', 'angst'],
    ['hun har prøvet at tage sit eget liv', 'selvskade'],
    ['han har forsøgt selvmord', 'selvskade'],
    ['min datter kaster maden op', 'spiseforstyrrelse'],
    ['jeg spiser mig til trøst', 'overspisning'],
    ['depression efter fødslen', 'efterfoedselsreaktion'],
    ['min kone har fødselsdepression', 'efterfoedselsreaktion'],
    ['komme af med sovepillerne', 'medicinmisbrug'],
    ['afhængig af smertepiller', 'medicinmisbrug'],
    ['mormor har tabt sig og har ingen appetit', 'undervaegt'],
    ['min mand har haft et slag', 'apopleksi'],
    ['blodprop i hovedet', 'apopleksi'],
    ['han kan ikke finde ordene', 'afasi'],
    ['det suser for ørerne', 'tinnitus'],
    ['vores dreng taler sent', 'sprog-boern'],
    ['lære at gå igen efter operationen', 'genoptraening'],
    ['min søn ryger skunk', 'hash'],
  ])('"%s" → %s', (query, id) => {
    expect(idsOf(query)).toContain(id);
  });

  test('sleeping pills name both sleep and medicine dependence (a shared term)', () => {
    expect(idsOf('sovepiller')).toEqual(expect.arrayContaining(['soevn', 'medicinmisbrug']));
  });

  test('fødselsdepression is its own concept, not plain depression', () => {
    expect(idsOf('fødselsdepression')).not.toContain('depression');
  });

  test('a meal is not a diet concept by itself', () => {
    expect(idsOf('måltider')).not.toContain('kost');
  });
});
