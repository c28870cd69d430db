// The rate-set editor (issue 13 item 4, ADR 046): the shipped Region Hovedstaden rate sets with the staff
// unit's own figures on top. Each rule's share and cap carry a status (confirmed, approximate, missing) and
// a source; a stored row overrides the shipped rule with the same key and is versioned (ADR 016). Theme F
// prices with the result, so what the public sources lack can be filled in where the municipality has it.
import {
  AGE_2018_REGION_H,
  FLAT_2012_REGION_H,
  PROVENANCES,
  type Provenance,
  type RateRule,
  type RateSet,
} from '@sundhed/calc';
import { cofinancingMessages as m, ui } from '@sundhed/shared';
import type { Prisma } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { staleOrMissing } from '../../graphql/versioning';

/** The sets the editor and theme F work with: the flat rules and the age-differentiated rules. */
export const EDITABLE_RATE_SETS: readonly RateSet[] = [FLAT_2012_REGION_H, AGE_2018_REGION_H];
export const rateSetLabel = (set: RateSet) =>
  `${ui.calculations.regime[set.regime as 'flat2012' | 'age2018']} (Region Hovedstaden)`;

type Stored = Prisma.CofinancingRateRuleGetPayload<object>;
const keyOf = (r: { rateSetId?: string; sector: string; contactType: string; ageGroup: string }) =>
  `${r.sector}|${r.contactType}|${r.ageGroup}`;

/** A shipped set with the municipality's stored rules in place of the shipped ones. */
function effective(set: RateSet, stored: Stored[]): { set: RateSet; versions: Map<string, number> } {
  const mine = new Map(stored.filter((s) => s.rateSetId === set.id).map((s) => [keyOf(s), s]));
  const versions = new Map<string, number>();
  const rules = set.rules.map((rule): RateRule => {
    const own = mine.get(keyOf(rule));
    if (!own) return rule;
    versions.set(keyOf(rule), own.version);
    return {
      ...rule,
      share: own.share,
      shareStatus: own.shareStatus as Provenance,
      cap: rule.capUnit === 'none' ? null : own.cap,
      capStatus: own.capStatus as Provenance,
      source: own.source,
    };
  });
  return { set: { ...set, rules }, versions };
}

/** The editable sets of a municipality as the calculation package takes them. */
export async function effectiveRateSets(ctx: Pick<Context, 'db'>, municipalityId: string) {
  const stored = await ctx.db.cofinancingRateRule.findMany({ where: { municipalityId } });
  return EDITABLE_RATE_SETS.map((set) => effective(set, stored));
}

const ruleView = (set: RateSet, rule: RateRule, version: number) => ({
  rateSetId: set.id,
  sector: rule.sector,
  contactType: rule.contactType,
  ageGroup: rule.ageGroup,
  label: [
    m.sector[rule.sector],
    m.contactType[rule.contactType] ?? rule.contactType,
    rule.ageGroup === 'all' ? m.allAges : m.ageGroup[rule.ageGroup],
  ].join(', '),
  share: rule.share,
  shareStatus: rule.shareStatus,
  cap: rule.cap,
  capStatus: rule.capStatus,
  capUnit: rule.capUnit,
  source: rule.source,
  note: rule.note ?? null,
  version,
});

export async function rateSets(ctx: Context) {
  const sets = await effectiveRateSets(ctx, municipalityOf(ctx));
  return sets.map(({ set, versions }) => ({
    id: set.id,
    label: rateSetLabel(set),
    note: set.note ?? null,
    rules: set.rules.map((rule) => ruleView(set, rule, versions.get(keyOf(rule)) ?? 0)),
  }));
}

export interface RateRuleInput {
  rateSetId: string;
  sector: string;
  contactType: string;
  ageGroup: string;
  share?: number | null;
  shareStatus: string;
  cap?: number | null;
  capStatus: string;
  source: string;
  version: number;
}

function check(input: RateRuleInput, shipped: RateRule) {
  const issues: { path: string; message: string }[] = [];
  const status = (field: 'shareStatus' | 'capStatus') => {
    if (!PROVENANCES.includes(input[field] as Provenance))
      issues.push({ path: `input.${field}`, message: m.rateStatusInvalid(m.rateField[field]) });
  };
  status('shareStatus');
  status('capStatus');
  const value = (field: 'share' | 'cap', statusField: 'shareStatus' | 'capStatus', ok: (v: number) => boolean) => {
    const v = input[field];
    const label = m.rateField[field];
    if (input[statusField] === 'missing') {
      if (v != null) issues.push({ path: `input.${field}`, message: m.rateValueWithMissing(label) });
    } else if (v == null) issues.push({ path: `input.${field}`, message: m.rateValueRequired(label) });
    else if (!Number.isFinite(v) || !ok(v)) issues.push({ path: `input.${field}`, message: m.rateValueRange(label) });
  };
  value('share', 'shareStatus', (v) => v > 0 && v <= 1);
  if (shipped.capUnit === 'none') {
    if (input.cap != null) issues.push({ path: 'input.cap', message: m.rateNoCap });
  } else value('cap', 'capStatus', (v) => v > 0 && v < 10_000_000);
  const source = input.source.trim();
  if (!source && (input.shareStatus !== 'missing' || input.capStatus !== 'missing'))
    issues.push({ path: 'input.source', message: m.rateSourceRequired });
  if (source.length > 500) issues.push({ path: 'input.source', message: m.rateSourceTooLong });
  if (!Number.isInteger(input.version) || input.version < 0)
    issues.push({ path: 'input.version', message: m.setVersionRequired });
  if (issues.length) throw validationError(issues);
}

/** Saves one rule against the version read: 0 when the municipality has not stored it before. */
export async function saveRateRule(ctx: Context, input: RateRuleInput) {
  const municipalityId = municipalityOf(ctx);
  const set = EDITABLE_RATE_SETS.find((s) => s.id === input.rateSetId);
  const shipped = set?.rules.find((r) => keyOf(r) === keyOf(input));
  if (!set || !shipped) throw notFound();
  check(input, shipped);
  const key = {
    municipalityId,
    rateSetId: set.id,
    sector: shipped.sector,
    contactType: shipped.contactType,
    ageGroup: shipped.ageGroup,
  };
  const data = {
    share: input.share ?? null,
    shareStatus: input.shareStatus,
    cap: shipped.capUnit === 'none' ? null : (input.cap ?? null),
    capStatus: input.capStatus,
    source: input.source.trim(),
  };
  const saved = await ctx.db.$transaction(async (tx) => {
    const current = await tx.cofinancingRateRule.findUnique({
      where: { municipalityId_rateSetId_sector_contactType_ageGroup: key },
    });
    if ((current?.version ?? 0) !== input.version) {
      const values = current ?? { ...shipped, version: 0 };
      throw staleOrMissing('rateRule', { version: values.version }, () => ({
        share: values.share,
        shareStatus: values.shareStatus,
        cap: values.cap,
        capStatus: values.capStatus,
        source: values.source,
      }));
    }
    if (!current) return tx.cofinancingRateRule.create({ data: { ...key, ...data } });
    return tx.cofinancingRateRule.update({
      where: { municipalityId_rateSetId_sector_contactType_ageGroup: key },
      data: { ...data, version: { increment: 1 } },
    });
  });
  const rule: RateRule = {
    ...shipped,
    share: saved.share,
    shareStatus: saved.shareStatus as Provenance,
    cap: saved.cap,
    capStatus: saved.capStatus as Provenance,
    source: saved.source,
  };
  return ruleView(set, rule, saved.version);
}
