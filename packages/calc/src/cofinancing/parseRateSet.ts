import { InputError } from '../errors/InputError';
import { JsonChecker } from '../format/JsonChecker';
import { CONTACT_TYPES_BY_SECTOR } from './contactLedger';
import { regimeForYear } from './regimeForYear';
import { ruleKey } from './ruleKey';
import {
  CAP_UNITS,
  CONTACT_TYPES,
  PROVENANCES,
  REGIMES,
  RULE_AGE_GROUPS,
  SECTORS,
  type Provenance,
  type RateRule,
  type RateSet,
} from './types';

/**
 * Validates a rates file (issue 3): `{ id, regime, year, source, rules: [{ sector, contactType,
 * ageGroup, share, cap, capUnit }] }`, plus optional `shareStatus`, `capStatus`, `source` and `note`
 * per rule. `share: null` marks a missing share; `cap: null` is "no cap" with `capUnit: "none"` and
 * a missing cap otherwise. Every problem is reported with its JSON path.
 */
export function parseRateSet(input: unknown): RateSet {
  const c = new JsonChecker();
  const root = c.object(input, '$');
  if (!root) throw new InputError(c.issues, 'Ugyldigt satssæt');
  const id = c.string(root.id, '$.id');
  const regime = c.oneOf(root.regime, '$.regime', REGIMES);
  const year =
    root.year === null || root.year === undefined
      ? null
      : c.number(root.year, '$.year', { min: 2007, max: 2100, integer: true });
  if (year !== null && Number.isInteger(year) && regimeForYear(year) !== regime) {
    c.fail('$.regime', `året ${year} hører under ordningen "${regimeForYear(year)}", ikke "${regime}"`);
  }
  const source = c.string(root.source, '$.source');
  const rules: RateRule[] = [];
  const seen = new Set<string>();
  (c.array(root.rules, '$.rules') ?? []).forEach((value, i) => {
    const path = `$.rules[${i}]`;
    const o = c.object(value, path);
    if (!o) return;
    const sector = c.oneOf(o.sector, `${path}.sector`, SECTORS);
    const contactType = c.oneOf(o.contactType, `${path}.contactType`, CONTACT_TYPES);
    if (!CONTACT_TYPES_BY_SECTOR[sector].includes(contactType))
      c.fail(`${path}.contactType`, `kontakttypen "${contactType}" findes ikke i sektoren "${sector}"`);
    const ageGroup = c.oneOf(o.ageGroup, `${path}.ageGroup`, RULE_AGE_GROUPS);
    if (regime === 'flat2012' && ageGroup !== 'all')
      c.fail(`${path}.ageGroup`, 'den flade model (2012–2017) er ikke aldersdifferentieret; brug "all"');
    const key = ruleKey(sector, contactType, ageGroup);
    if (seen.has(key)) c.fail(path, `reglen ${key} findes allerede`);
    seen.add(key);
    const share = o.share === null ? null : c.number(o.share, `${path}.share`, { min: 0, max: 1 });
    const capUnit = c.oneOf(o.capUnit, `${path}.capUnit`, CAP_UNITS);
    const cap = o.cap === null || o.cap === undefined ? null : c.number(o.cap, `${path}.cap`, { min: 0 });
    if (capUnit === 'none' && cap !== null)
      c.fail(`${path}.cap`, 'et loft kræver en loftsenhed (capUnit) andet end "none"');
    const status = (key2: 'shareStatus' | 'capStatus', isMissing: boolean): Provenance => {
      if (isMissing) return 'missing';
      return o[key2] === undefined ? 'confirmed' : c.oneOf(o[key2], `${path}.${key2}`, PROVENANCES);
    };
    const rule: RateRule = {
      sector,
      contactType,
      ageGroup,
      share,
      cap,
      capUnit,
      shareStatus: status('shareStatus', share === null),
      capStatus: capUnit === 'none' ? 'confirmed' : status('capStatus', cap === null),
      source: o.source === undefined ? source : c.string(o.source, `${path}.source`),
    };
    if (typeof o.note === 'string') rule.note = o.note;
    rules.push(rule);
  });
  if (c.issues.length > 0) throw new InputError(c.issues, 'Ugyldigt satssæt');
  const rateSet: RateSet = { id, regime, year, source, rules };
  if (typeof root.note === 'string') rateSet.note = root.note;
  return rateSet;
}
