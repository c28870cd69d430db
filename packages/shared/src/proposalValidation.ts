// Proposals (issue 14): the stage rules and the checks of a living business case's assumptions, shared by
// the API (authoritative) and the web form (early feedback). Messages are whole Danish sentences naming
// the field with its range and unit ("Succesraten må højst være 100 %"), never a JSON path.
import { formatNumber } from './format';
import { proposalMessages as pm, proposalStageLabels } from './messages/proposals';
import type { FieldIssue } from './validation';

export type ProposalStage = keyof typeof proposalStageLabels;
export const PROPOSAL_STAGES = Object.keys(proposalStageLabels) as ProposalStage[];
/** The way through the bodies, in order; REJECTED and PARKED leave it. */
export const STAGE_PATH: readonly ProposalStage[] = ['IDEA', 'QUALIFIED', 'DISCUSSED', 'POLITICAL', 'DECIDED'];
const FINAL: ReadonlySet<ProposalStage> = new Set(['DECIDED', 'REJECTED']);

/** Where a proposal in `from` may go next (each step needs a decision text). */
export function allowedNextStages(from: ProposalStage): ProposalStage[] {
  if (FINAL.has(from)) return [];
  if (from === 'PARKED') return ['IDEA', 'QUALIFIED', 'DISCUSSED', 'POLITICAL', 'REJECTED'];
  const next = STAGE_PATH[STAGE_PATH.indexOf(from) + 1];
  return [...(next ? [next] : []), 'REJECTED', 'PARKED'];
}

export interface StageChangeInput {
  toStage: string;
  date?: string | null;
  decisionText?: string | null;
}

/** The problems of a stage change from `from`; empty when it may be saved. */
export function stageChangeIssues(from: ProposalStage, input: StageChangeInput, prefix = 'input'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const to = input.toStage as ProposalStage;
  if (!PROPOSAL_STAGES.includes(to)) issues.push({ path: `${prefix}.toStage`, message: pm.stageUnknown });
  else if (to === from) issues.push({ path: `${prefix}.toStage`, message: pm.stageSame(proposalStageLabels[to]) });
  else if (FINAL.has(from))
    issues.push({ path: `${prefix}.toStage`, message: pm.closedStage(proposalStageLabels[from]) });
  else if (!allowedNextStages(from).includes(to)) {
    issues.push({
      path: `${prefix}.toStage`,
      message:
        to === 'DECIDED'
          ? pm.decidedNeedsPolitical
          : pm.stageNotAllowed(proposalStageLabels[from], proposalStageLabels[to]),
    });
  }
  if (!input.decisionText?.trim()) issues.push({ path: `${prefix}.decisionText`, message: pm.decisionRequired });
  else if (input.decisionText.length > 5000)
    issues.push({ path: `${prefix}.decisionText`, message: pm.tooLong('Beslutningstekst', 5000) });
  if (!input.date) issues.push({ path: `${prefix}.date`, message: pm.dateRequired });
  return issues;
}

// ------------------------------------------------------------------------------------------------
// Business-case assumptions.

export type BusinessCaseTemplate = 'prevention' | 'social';
export type Bearer = 'KOMMUNE' | 'REGION' | 'STAT';

export interface BusinessCaseLine {
  label: string;
  bearer: Bearer;
  /** Annual kroner; or a price of the catalogue times a quantity. */
  amountKr?: number | null;
  priceId?: string | null;
  quantity?: number | null;
  /** Costs: the years the line runs (default 0 to the horizon). */
  fromYear?: number | null;
  toYear?: number | null;
  source?: string | null;
  /** An assumption still to be filled in: counts as 0 kr. and says so. */
  toBeFilled?: boolean | null;
}

export interface AssumptionSource {
  key: string;
  source?: string | null;
  note?: string | null;
}

export interface BusinessCaseAssumptions {
  template: BusinessCaseTemplate;
  horizonYears?: number | null;
  discountRatePercent?: number | null;
  participants?: number | null;
  cohorts?: number | null;
  grossSuccessRatePercent?: number | null;
  deadweightPercent?: number | null;
  engagementRatePercent?: number | null;
  attributionPercent?: number | null;
  dropOffPercent?: number | null;
  effectDurationYears?: number | null;
  monteCarloDraws?: number | null;
  costs: BusinessCaseLine[];
  gains: BusinessCaseLine[];
  sources: AssumptionSource[];
}

type ScalarKey = keyof typeof pm.labels;
interface Rule {
  min: number;
  max: number;
  unit: 'percent' | 'years' | 'kr' | 'count';
  integer?: boolean;
  required?: boolean;
}
export const ASSUMPTION_RULES: Partial<Record<ScalarKey, Rule>> = {
  horizonYears: { min: 1, max: 50, unit: 'years', integer: true, required: true },
  discountRatePercent: { min: 0, max: 20, unit: 'percent' },
  participants: { min: 0, max: 100_000, unit: 'count', required: true },
  cohorts: { min: 1, max: 50, unit: 'count', integer: true },
  grossSuccessRatePercent: { min: 0, max: 100, unit: 'percent', required: true },
  deadweightPercent: { min: 0, max: 100, unit: 'percent' },
  engagementRatePercent: { min: 0, max: 100, unit: 'percent' },
  attributionPercent: { min: 0, max: 100, unit: 'percent' },
  dropOffPercent: { min: 0, max: 100, unit: 'percent' },
  effectDurationYears: { min: 0, max: 50, unit: 'years', integer: true },
  monteCarloDraws: { min: 0, max: 20_000, unit: 'count', integer: true },
};

function checkNumber(key: string, value: unknown, rule: Rule, label: string, path: string, issues: FieldIssue[]) {
  const unit = pm.units[rule.unit];
  if (value === null || value === undefined) {
    if (rule.required)
      issues.push({ path, message: key === 'horizonYears' ? pm.horizonRequired : `${label} skal udfyldes` });
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: pm.number(label) });
  else if (value > rule.max && rule.min === 0 && rule.unit === 'percent')
    issues.push({ path, message: pm.atMost(label, formatNumber(rule.max), unit) });
  else if (value < rule.min || value > rule.max)
    issues.push({ path, message: pm.range(label, formatNumber(rule.min), formatNumber(rule.max), unit) });
  else if (rule.integer && !Number.isInteger(value)) issues.push({ path, message: pm.wholeNumber(label) });
}

/** Every problem of a business case's assumptions, one message per field. */
export function businessCaseIssues(a: BusinessCaseAssumptions, prefix = 'input'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, rule] of Object.entries(ASSUMPTION_RULES) as [ScalarKey, Rule][]) {
    checkNumber(key, (a as unknown as Record<string, unknown>)[key], rule, pm.labels[key], `${prefix}.${key}`, issues);
  }
  const horizon = typeof a.horizonYears === 'number' ? a.horizonYears : 50;
  const lines = (kind: 'costs' | 'gains') =>
    a[kind].forEach((line, i) => {
      const path = `${prefix}.${kind}.${i}`;
      const label = line.label?.trim() || `${kind === 'costs' ? 'Udgift' : 'Gevinst'} ${i + 1}`;
      if (!line.label?.trim()) issues.push({ path: `${path}.label`, message: pm.lineLabel });
      if (line.amountKr != null && (!Number.isFinite(line.amountKr) || line.amountKr < 0))
        issues.push({ path: `${path}.amountKr`, message: `${label}: ${pm.atLeast(pm.labels.amountKr, '0', 'kr.')}` });
      if (line.quantity != null && (!Number.isFinite(line.quantity) || line.quantity < 0))
        issues.push({ path: `${path}.quantity`, message: `${label}: ${pm.atLeast(pm.labels.quantity, '0', '')}` });
      if (line.amountKr == null && !line.priceId && !line.toBeFilled)
        issues.push({ path: `${path}.amountKr`, message: pm.lineNeedsAmount(label) });
      for (const k of ['fromYear', 'toYear'] as const) {
        const v = line[k];
        if (v != null && (!Number.isInteger(v) || v < 0 || v > horizon))
          issues.push({
            path: `${path}.${k}`,
            message: `${label}: ${pm.range(k === 'fromYear' ? 'Fra år' : 'Til år', '0', formatNumber(horizon), '')}`,
          });
      }
    });
  lines('costs');
  lines('gains');
  return issues;
}

export interface PriceValue {
  name: string;
  /** null: the catalogue marks the price as missing. */
  amountKr: number | null;
  /** Index factor that brings the price to the case's price level (1 without an index). */
  factor: number;
}

const pct = (v: number | null | undefined, fallback: number) => (v ?? fallback) / 100;

/** The annual kroner of a line: its own amount, or price × quantity at the case's price level. */
export function lineAmount(line: BusinessCaseLine, prices: (id: string) => PriceValue | undefined): number {
  if (line.priceId) {
    const p = prices(line.priceId);
    return p?.amountKr == null ? 0 : p.amountKr * p.factor * (line.quantity ?? 1);
  }
  return line.amountKr ?? 0;
}

/**
 * The scenario in the calculation package's format (packages/calc, docs/reference/skandia.md §6.1) from
 * validated assumptions. The social (SØM) template starts the effect after a one-year course.
 */
export function buildScenario(a: BusinessCaseAssumptions, prices: (id: string) => PriceValue | undefined) {
  const horizon = a.horizonYears ?? 0;
  const rate = pct(a.discountRatePercent, 0);
  const gross = pct(a.grossSuccessRatePercent, 0);
  const dropOff = pct(a.dropOffPercent, 0);
  const cohorts = Array.from({ length: a.cohorts ?? 1 }, (_, i) => ({
    startYear: i,
    participants: a.participants ?? 0,
    courseYears: a.template === 'social' ? 1 : 0,
  })).filter((c) => c.startYear <= horizon);
  const costs = a.costs.flatMap((line) => {
    const amount = lineAmount(line, prices);
    const from = line.fromYear ?? 0;
    const to = Math.min(line.toYear ?? horizon, horizon);
    const years: { year: number; bearer: string; amount: number; category: string }[] = [];
    for (let year = from; year <= to; year++)
      years.push({ year, bearer: line.bearer.toLowerCase(), amount, category: line.label });
    return years;
  });
  const consequences = a.gains.map((line) => ({
    bearer: line.bearer.toLowerCase(),
    category: line.label,
    kind: 'fiscal',
    baselineAnnual: lineAmount(line, prices),
    alternativeAnnual: 0,
  }));
  const draws = a.monteCarloDraws ?? 0;
  const distributions: Record<string, unknown> = {};
  if (gross > 0)
    distributions.grossSuccessRate = {
      type: 'triangular',
      min: gross * 0.75,
      mode: gross,
      max: Math.min(1, gross * 1.25),
    };
  return {
    horizonYears: horizon,
    discount: rate > 0 ? [{ fromYear: 1, rate }] : null,
    cohorts,
    grossSuccessRate: gross,
    deadweight: { mode: 'percentagePoints', value: pct(a.deadweightPercent, 0) },
    engagementRate: pct(a.engagementRatePercent, 100),
    attribution: pct(a.attributionPercent, 0),
    displacement: 0,
    dropOff,
    effectLagYears: 0,
    effectDurationYears: a.effectDurationYears ?? null,
    costs,
    consequences,
    ...(draws > 0 ? { monteCarlo: { draws, seed: 1, distributions } } : {}),
  };
}

/** "Tjener sig hjem i år 6": the year (1-based, rounded up) the undiscounted flow turns non-negative. */
export function paybackText(paybackYears: number | null, horizon: number): string {
  return paybackYears === null ? pm.noPayback(horizon) : pm.paysBackInYear(Math.max(1, Math.ceil(paybackYears)));
}

// ------------------------------------------------------------------------------------------------
// Price catalogue.

export interface PriceInputLike {
  name?: string | null;
  unit?: string | null;
  amountKr?: number | null;
  year?: number | null;
  hasSource: boolean;
}

export function priceIssues(p: PriceInputLike, prefix = 'input'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!p.name?.trim()) issues.push({ path: `${prefix}.name`, message: pm.priceNameRequired });
  if (!p.unit?.trim()) issues.push({ path: `${prefix}.unit`, message: pm.priceUnitRequired });
  if (p.year == null) issues.push({ path: `${prefix}.year`, message: pm.priceYearRequired });
  else if (!Number.isInteger(p.year) || p.year < 1990 || p.year > 2100)
    issues.push({ path: `${prefix}.year`, message: pm.priceYearRange });
  if (p.amountKr != null) {
    if (!Number.isFinite(p.amountKr) || p.amountKr < 0)
      issues.push({ path: `${prefix}.amountKr`, message: pm.priceAmountRange });
    else if (!p.hasSource) issues.push({ path: `${prefix}.source`, message: pm.priceAmountNeedsSource });
  }
  return issues;
}

/** Index factor from a price's year to the base year: index(base) / index(year); 1 when either is absent. */
export function indexFactor(points: { year: number; value: number }[], baseYear: number, year: number): number {
  const at = (y: number) => points.find((p) => p.year === y)?.value;
  const base = at(baseYear);
  const from = at(year);
  return base && from ? base / from : 1;
}
