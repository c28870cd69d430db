// Theme F answered on stored data (issue 13 item 4, ADR 046): the caller's stored activity of one year
// priced under the flat 2012 rules and the age-differentiated 2018 rules (the shipped Region Hovedstaden
// rate sets with the staff unit's own figures on top, rateRules.ts), by age group, sector and contact
// type, with the share resting on approximate rates and on missing ones next to each figure. A missing rate makes only the cells that need it "ikke beregnet".
import {
  AGE_GROUPS,
  CONTACT_TYPES,
  SECTORS,
  compareByGroup,
  compileRateSet,
  contactLedger,
  gapsAt,
  type AgeGroup,
  type CompiledRateSet,
  type ContactType,
  type GroupActivity,
  type Sector,
} from '@sundhed/calc';
import { cofinancingMessages as m } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { effectiveRateSets, rateSetLabel } from './rateRules';

const LABELS: Record<string, Record<string, string>> = {
  sector: m.sector,
  contactType: m.contactType,
  ageGroup: m.ageGroup,
};

/** What a stored group lacks under one set, in plain Danish: which share or cap, for whom, in which set. */
function missingRates(set: CompiledRateSet, sector: Sector, contactType: ContactType, ageGroup: AgeGroup): string[] {
  const gaps = gapsAt(set, sector, contactType, ageGroup);
  const say = (field: 'share' | 'cap') =>
    m.rateMissing(
      field,
      gaps.rule?.ageGroup === 'all' ? m.allAges : (m.ageGroup[ageGroup] ?? ageGroup),
      m.sector[sector] ?? sector,
      m.contactType[contactType] ?? contactType,
      rateSetLabel(set.rateSet),
    );
  return [...(gaps.share ? [say('share')] : []), ...(gaps.cap ? [say('cap')] : [])];
}

export async function cofinancingThemeF(ctx: Context, year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw validationError([{ path: 'year', message: m.badYear(String(year)) }]);
  const municipalityId = municipalityOf(ctx);
  const [flat, aged] = await effectiveRateSets(ctx, municipalityId);
  // One row per group and tariff per contact: the caps apply per contact, so the tariff must stay apart.
  const stored = await ctx.db.$queryRawUnsafe<
    { sector: string; contactType: string; ageGroup: string; tariff: number; count: number }[]
  >(
    `SELECT a."sector", a."contactType", a."ageGroup", (a."tariffValue" / a."count")::float8 AS tariff,
            sum(a."count")::float8 AS count
       FROM "CofinancingActivity" a
       JOIN "CofinancingImport" i ON i."id" = a."importId" AND i."supersededById" IS NULL
      WHERE i."municipalityId" = $1 AND a."year" = $2 AND a."count" > 0
      GROUP BY 1, 2, 3, 4`,
    municipalityId,
    year,
  );
  const rows: GroupActivity[] = stored.map((r) => ({
    sector: SECTORS.indexOf(r.sector as never),
    contactType: CONTACT_TYPES.indexOf(r.contactType as never),
    ageGroup: AGE_GROUPS.indexOf(r.ageGroup as never),
    count: r.count,
    tariff: r.tariff,
  }));
  // Which rates each cell lacks: the stored groups' missing rules, gathered per cell as compareByGroup does.
  const lacks = new Map<string, Set<string>>();
  const compiled = [compileRateSet(flat!.set), compileRateSet(aged!.set)];
  for (const r of stored) {
    if (contactLedger(r.contactType as ContactType) !== 'kmf') continue;
    const missing = compiled.flatMap((set) =>
      missingRates(set, r.sector as Sector, r.contactType as ContactType, r.ageGroup as AgeGroup),
    );
    if (!missing.length) continue;
    for (const cell of ['total|', `sector|${r.sector}`, `contactType|${r.contactType}`, `ageGroup|${r.ageGroup}`]) {
      const found = lacks.get(cell) ?? new Set<string>();
      missing.forEach((text) => found.add(text));
      lacks.set(cell, found);
    }
  }
  const cells = compareByGroup(rows, compiled[0]!, compiled[1]!).map((c) => {
    const computed = (missing: number, amount: number) => (missing === 0 ? amount : null);
    const priced = c.base.amount + c.alternative.amount;
    return {
      dimension: c.dimension,
      key: c.key,
      label: c.dimension === 'total' ? m.themeFTotal : (LABELS[c.dimension]?.[c.key] ?? c.key),
      contacts: c.contacts,
      flatAmount: computed(c.base.missingContacts, c.base.amount),
      ageAmount: computed(c.alternative.missingContacts, c.alternative.amount),
      difference: c.difference,
      approximateShare: priced ? (c.base.approximate + c.alternative.approximate) / priced : 0,
      missingShare: c.contacts ? Math.max(c.base.missingContacts, c.alternative.missingContacts) / c.contacts : 0,
      missingRates:
        c.base.missingContacts || c.alternative.missingContacts
          ? [...(lacks.get(`${c.dimension}|${c.key}`) ?? [])]
          : [],
    };
  });
  return {
    year,
    baseLabel: rateSetLabel(flat!.set),
    alternativeLabel: rateSetLabel(aged!.set),
    note: m.themeFNote,
    cells,
  };
}
