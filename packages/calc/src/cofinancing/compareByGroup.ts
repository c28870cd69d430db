import { at } from '../checked/at';
import { compileRateSet, slotOf, type CompiledRateSet } from './compileRateSet';
import { contactAmount } from './contactAmount';
import { contactLedger } from './contactLedger';
import { AGE_GROUPS, CONTACT_TYPES, SECTORS, type RateSet } from './types';

/** Stored activity of one group with one tariff per contact (codes index SECTORS, CONTACT_TYPES, AGE_GROUPS). */
export interface GroupActivity {
  sector: number;
  contactType: number;
  ageGroup: number;
  count: number;
  /** Tariff per contact, kr. */
  tariff: number;
}

/** One rate set's sums of a cell. */
export interface PricedSide {
  /** Kroner of the contacts that could be priced. */
  amount: number;
  /** Of `amount`, the kroner priced with a rule whose share or cap the source gives only approximately. */
  approximate: number;
  /** Contacts that need a missing share or cap: the cell is "ikke beregnet" when any. */
  missingContacts: number;
}

/** A cell of the theme F table: a breakdown key priced under both rate sets. */
export interface GroupComparisonCell {
  dimension: 'total' | 'sector' | 'contactType' | 'ageGroup';
  key: string;
  contacts: number;
  base: PricedSide;
  alternative: PricedSide;
  /** alternative − base; null unless both sides price every contact of the cell. */
  difference: number | null;
}

const side = (): PricedSide => ({ amount: 0, approximate: 0, missingContacts: 0 });

/**
 * Theme F on stored data: the same activity priced under two rate sets (e.g. the flat 2012 model and the
 * age-differentiated 2018 model), summed by age group, sector and contact type. Unlike the accumulator,
 * a missing rate does not stop the answer: only the cells whose contacts need it lose their figure.
 * Contacts outside KMF (særlige pladser, the 100 % municipal items) are left out, as in the accumulator.
 */
export function compareByGroup(
  rows: Iterable<GroupActivity>,
  base: RateSet | CompiledRateSet,
  alternative: RateSet | CompiledRateSet,
): GroupComparisonCell[] {
  const compiled = (set: RateSet | CompiledRateSet) => ('share' in set ? set : compileRateSet(set));
  const sets = [compiled(base), compiled(alternative)];
  const cells = new Map<string, GroupComparisonCell>();
  const cell = (dimension: GroupComparisonCell['dimension'], key: string) => {
    const id = `${dimension}|${key}`;
    let found = cells.get(id);
    if (!found)
      cells.set(id, (found = { dimension, key, contacts: 0, base: side(), alternative: side(), difference: null }));
    return found;
  };
  for (const row of rows) {
    if (contactLedger(at(CONTACT_TYPES, row.contactType)) !== 'kmf') continue;
    const targets = [
      cell('total', ''),
      cell('sector', at(SECTORS, row.sector)),
      cell('contactType', at(CONTACT_TYPES, row.contactType)),
      cell('ageGroup', at(AGE_GROUPS, row.ageGroup)),
    ];
    const slot = slotOf(row.sector, row.contactType, row.ageGroup);
    const priced = sets.map((compiled) => {
      const share = at(compiled.share, slot);
      const cap = at(compiled.cap, slot);
      if (Number.isNaN(share) || Number.isNaN(cap)) return null;
      const rule = compiled.rules[slot];
      const rough = rule?.shareStatus === 'approximate' || rule?.capStatus === 'approximate';
      const amount = contactAmount(row.count, row.tariff, share, cap);
      return { amount, rough };
    });
    for (const target of targets) {
      target.contacts += row.count;
      [target.base, target.alternative].forEach((sums, i) => {
        const p = priced[i];
        if (!p) {
          sums.missingContacts += row.count;
          return;
        }
        sums.amount += p.amount;
        if (p.rough) sums.approximate += p.amount;
      });
    }
  }
  for (const c of cells.values())
    c.difference =
      c.base.missingContacts === 0 && c.alternative.missingContacts === 0 ? c.alternative.amount - c.base.amount : null;
  return [...cells.values()];
}
