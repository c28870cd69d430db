import { at } from '../checked/at';
import { MissingRateError } from '../errors/MissingRateError';
import { ruleKey } from './ruleKey';
import {
  AGE_GROUPS,
  CONTACT_TYPES,
  SECTORS,
  type AgeGroup,
  type ContactType,
  type RateRule,
  type RateSet,
  type Sector,
} from './types';

const N_CONTACT = CONTACT_TYPES.length;
const N_AGE = AGE_GROUPS.length;
export const SECTOR_CODE = new Map<string, number>(SECTORS.map((s, i) => [s, i]));
export const CONTACT_CODE = new Map<string, number>(CONTACT_TYPES.map((c, i) => [c, i]));
export const AGE_CODE = new Map<string, number>(AGE_GROUPS.map((a, i) => [a, i]));

/** Dense index of a (sector, contact type, age group) triple of codes. */
export function slotOf(sector: number, contactType: number, ageGroup: number): number {
  return (sector * N_CONTACT + contactType) * N_AGE + ageGroup;
}

/**
 * A rate set resolved into flat arrays, one slot per (sector, contact type, age group), so pricing a
 * contact is two array reads (the ≥ 5 million contacts/s figure of issue 3). A rule for a specific
 * age group wins over the set's `all` rule. Missing figures are NaN and are reported, never priced.
 */
export interface CompiledRateSet {
  rateSet: RateSet;
  share: Float64Array;
  /** Infinity when the rule has no cap. */
  cap: Float64Array;
  /** The rule behind each slot, or undefined when the set has none. */
  rules: (RateRule | undefined)[];
}

export function compileRateSet(rateSet: RateSet): CompiledRateSet {
  const size = SECTORS.length * N_CONTACT * N_AGE;
  const share = new Float64Array(size).fill(Number.NaN);
  const cap = new Float64Array(size).fill(Number.NaN);
  const rules = new Array<RateRule | undefined>(size).fill(undefined);
  const ordered = [...rateSet.rules].sort((a, b) => Number(b.ageGroup === 'all') - Number(a.ageGroup === 'all'));
  for (const rule of ordered) {
    const s = SECTOR_CODE.get(rule.sector) as number;
    const c = CONTACT_CODE.get(rule.contactType) as number;
    const ages = rule.ageGroup === 'all' ? AGE_GROUPS.map((_, i) => i) : [AGE_CODE.get(rule.ageGroup) as number];
    for (const a of ages) {
      const slot = slotOf(s, c, a);
      rules[slot] = rule;
      share[slot] = rule.share === null || rule.shareStatus === 'missing' ? Number.NaN : rule.share;
      cap[slot] =
        rule.capUnit === 'none' ? Infinity : rule.cap === null || rule.capStatus === 'missing' ? Number.NaN : rule.cap;
    }
  }
  return { rateSet, share, cap, rules };
}

/**
 * The name of the missing parameter in a slot, or null when the slot can be priced. Used both to
 * throw MissingRateError and to report the CSV lines that need it.
 */
export function missingParameterAt(
  compiled: CompiledRateSet,
  slot: number,
  sector: Sector,
  contactType: ContactType,
  ageGroup: AgeGroup,
): string | null {
  const rule = compiled.rules[slot];
  if (rule === undefined) return `share[${ruleKey(sector, contactType, ageGroup)}] (ingen regel)`;
  if (Number.isNaN(compiled.share[slot])) return `share[${ruleKey(rule.sector, rule.contactType, rule.ageGroup)}]`;
  if (Number.isNaN(compiled.cap[slot])) return `cap[${ruleKey(rule.sector, rule.contactType, rule.ageGroup)}]`;
  return null;
}

/**
 * What a group lacks under a compiled set: the rule that prices it (the age group's own, else the set's `all`
 * rule) and whether its share or cap is missing. One reading of "missing" for pricing and for reporting it.
 */
export function gapsAt(
  compiled: CompiledRateSet,
  sector: Sector,
  contactType: ContactType,
  ageGroup: AgeGroup,
): { rule: RateRule | undefined; share: boolean; cap: boolean } {
  const slot = slotOf(
    SECTOR_CODE.get(sector) as number,
    CONTACT_CODE.get(contactType) as number,
    AGE_CODE.get(ageGroup) as number,
  );
  const rule = compiled.rules[slot];
  if (rule === undefined) return { rule, share: true, cap: false };
  return { rule, share: Number.isNaN(compiled.share[slot]), cap: Number.isNaN(compiled.cap[slot]) };
}

/** The share and cap for one contact group; throws MissingRateError rather than defaulting. */
export function rateFor(
  compiled: CompiledRateSet,
  sector: Sector,
  contactType: ContactType,
  ageGroup: AgeGroup,
): { share: number; cap: number; rule: RateRule } {
  const slot = slotOf(
    SECTOR_CODE.get(sector) as number,
    CONTACT_CODE.get(contactType) as number,
    AGE_CODE.get(ageGroup) as number,
  );
  const missing = missingParameterAt(compiled, slot, sector, contactType, ageGroup);
  if (missing !== null) throw new MissingRateError(compiled.rateSet.id, missing);
  return { share: at(compiled.share, slot), cap: at(compiled.cap, slot), rule: compiled.rules[slot] as RateRule };
}
