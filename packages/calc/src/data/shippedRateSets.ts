import type { AgeGroup, ContactType, RateRule, RateSet, Sector } from '../cofinancing/types';
import { AGE_GROUPS } from '../cofinancing/types';
import { BEK_2019_ANNEX, REGION_H_DANISH, REGION_H_ENGLISH } from './cofinancingSources';

/**
 * The figures of docs/reference/cofinancing.md, and only those. Missing figures are `null` with status
 * `missing`: pricing a contact that needs one throws MissingRateError. The staff unit enters the
 * official figures of each year from the bekendtgørelse annex as their own rate file.
 */
function rule(
  sector: Sector,
  contactType: ContactType,
  ageGroup: AgeGroup | 'all',
  fields: Omit<RateRule, 'sector' | 'contactType' | 'ageGroup'>,
): RateRule {
  return { sector, contactType, ageGroup, ...fields };
}

const SOMATIC_2018_NOTE =
  'Andel 20–56 % afhængigt af alder og loft "knap 31.029 kr." pr. regionens forløb er bekræftet som spænd; fordelingen pr. aldersgruppe mangler (docs/reference/cofinancing.md §3.1–3.3).';
const PRACTICE_2018_NOTE =
  'Andel 7–18 % afhængigt af alder er bekræftet som spænd; fordelingen pr. aldersgruppe mangler (docs/reference/cofinancing.md §3.1–3.3).';
const SPECIALIST_2018_NOTE =
  'Andel 20–56 % og loft "godt 3.103 kr." pr. besøg er bekræftet som spænd/omtrent; fordelingen pr. aldersgruppe mangler (docs/reference/cofinancing.md §3.1–3.3).';

/** 2012–2017 flat model (docs/reference/cofinancing.md §2.1). Shares ✅; caps ≈ and undated, so `year` is null. */
export const FLAT_2012_REGION_H: RateSet = {
  id: 'flat2012-regionh',
  regime: 'flat2012',
  year: null,
  source: REGION_H_ENGLISH,
  note: 'Andele bekræftet; lofter omtrentlige og udaterede (passer til ca. 2015–2017-prisniveau). De præcise lofter pr. år 2012–2017 mangler.',
  rules: [
    rule('somatik', 'stationaer', 'all', {
      share: 0.34,
      cap: 15000,
      capUnit: 'perAdmission',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_ENGLISH,
      note: '"just about DKK 15,000" pr. indlæggelse',
    }),
    rule('somatik', 'ambulant', 'all', {
      share: 0.34,
      cap: 1500,
      capUnit: 'perVisit',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_ENGLISH,
      note: '"just about DKK 1,500" pr. ambulant besøg',
    }),
    rule('somatik', 'genoptraening_indl', 'all', {
      share: 0.7,
      cap: null,
      capUnit: 'perAdmission',
      shareStatus: 'confirmed',
      capStatus: 'missing',
      source: REGION_H_ENGLISH,
      note: 'Loft ikke oplyst i kilden',
    }),
    rule('psykiatri', 'stationaer', 'all', {
      share: 0.6,
      cap: 8500,
      capUnit: 'perAdmission',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_ENGLISH,
      note: '"around DKK 8,500" pr. indlæggelse; tariff = sengedagstakst × sengedage (fortolkning, docs/reference/cofinancing.md §2.2)',
    }),
    rule('psykiatri', 'ambulant', 'all', {
      share: 0.3,
      cap: 500,
      capUnit: 'perVisit',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_ENGLISH,
      note: '"around DKK 500" pr. besøg',
    }),
    rule('praksis', 'almen_laege', 'all', {
      share: 0.1,
      cap: null,
      capUnit: 'none',
      shareStatus: 'confirmed',
      capStatus: 'confirmed',
      source: REGION_H_ENGLISH,
      note: 'Intet loft nævnt',
    }),
    rule('praksis', 'speciallaege', 'all', {
      share: 0.34,
      cap: 1500,
      capUnit: 'perVisit',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_ENGLISH,
      note: '"around DKK 1,500" pr. besøg',
    }),
    ...(['fysioterapi', 'kiropraktor', 'psykolog', 'tandlaege', 'fodterapi'] as const).map((contactType) =>
      rule('praksis', contactType, 'all', {
        share: null,
        cap: null,
        capUnit: 'perVisit',
        shareStatus: 'missing',
        capStatus: 'missing',
        source: REGION_H_ENGLISH,
        note: 'Andel ikke fundet (docs/reference/cofinancing.md §2.1)',
      }),
    ),
  ],
};

function ageDifferentiatedRules(): RateRule[] {
  const rules: RateRule[] = [];
  for (const age of AGE_GROUPS) {
    // DRG2018 merged inpatient and outpatient care; the cap applies per regional course (L 74).
    for (const contactType of ['stationaer', 'ambulant'] as const) {
      rules.push(
        rule('somatik', contactType, age, {
          share: null,
          cap: null,
          capUnit: 'perRegionalCourse',
          shareStatus: 'missing',
          capStatus: 'missing',
          source: BEK_2019_ANNEX,
          note: SOMATIC_2018_NOTE,
        }),
      );
    }
    rules.push(
      rule('praksis', 'almen_laege', age, {
        share: null,
        cap: null,
        capUnit: 'none',
        shareStatus: 'missing',
        capStatus: 'confirmed',
        source: BEK_2019_ANNEX,
        note: PRACTICE_2018_NOTE,
      }),
    );
    rules.push(
      rule('praksis', 'speciallaege', age, {
        share: null,
        cap: null,
        capUnit: 'perVisit',
        shareStatus: 'missing',
        capStatus: 'missing',
        source: BEK_2019_ANNEX,
        note: SPECIALIST_2018_NOTE,
      }),
    );
  }
  // The source does not age-differentiate psychiatry (docs/reference/cofinancing.md §3.1, §3.4).
  rules.push(
    rule('psykiatri', 'stationaer', 'all', {
      share: 0.6,
      cap: 8862,
      capUnit: 'perAdmission',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_DANISH,
      note: '"godt 8.862 kr." pr. indlæggelse',
    }),
  );
  rules.push(
    rule('psykiatri', 'ambulant', 'all', {
      share: 0.3,
      cap: 555,
      capUnit: 'perVisit',
      shareStatus: 'confirmed',
      capStatus: 'approximate',
      source: REGION_H_DANISH,
      note: '"godt 555 kr." pr. besøg',
    }),
  );
  return rules;
}

/** 2018 age-differentiated model (docs/reference/cofinancing.md §3): only psychiatry is priceable from the sources. */
export const AGE_2018_REGION_H: RateSet = {
  id: 'age2018-regionh',
  regime: 'age2018',
  year: null,
  source: REGION_H_DANISH,
  note: 'Andele og lofter pr. aldersgruppe mangler og skal indtastes fra bekendtgørelsens bilag 1. Psykiatriens lofter er omtrentlige og udaterede.',
  rules: ageDifferentiatedRules(),
};

/**
 * 2019 onwards: payments are fixed a-conto; the activity-based amount is a shadow figure computed
 * "efter gældende regler" (SDS, docs/reference/cofinancing.md §4), i.e. with the 2018 model.
 */
export const ACONTO_2019_REGION_H: RateSet = {
  id: 'aconto2019-regionh',
  regime: 'aconto2019',
  year: null,
  source: REGION_H_DANISH,
  note: 'Skyggeberegning med 2018-modellen; betalt a conto og efterregulering holdes adskilt. Satser pr. aldersgruppe mangler som i 2018.',
  rules: ageDifferentiatedRules(),
};

export const SHIPPED_RATE_SETS: readonly RateSet[] = [FLAT_2012_REGION_H, AGE_2018_REGION_H, ACONTO_2019_REGION_H];
