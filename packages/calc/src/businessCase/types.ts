/** Types of the Skandia-style business case (docs/reference/skandia.md §6.1; field names follow issue 3's CLI format). */

/** Who bears a cost or reaps a gain: kommune, region, stat, or any named agency (docs/reference/skandia.md §6.1). */
export type Bearer = string;

/** Fiscal only in Skandia and SØM; GMCA adds economic and social value (docs/reference/skandia.md §3.1). */
export type ValueKind = 'fiscal' | 'economic' | 'social';

/** The rate applies from year `fromYear` on (inclusive) until the next entry; year 0 is never discounted. */
export interface DiscountStep {
  fromYear: number;
  rate: number;
}

export type DiscountSchedule = DiscountStep[];

export interface Cohort {
  startYear: number;
  participants: number;
  /** SØM: the effect starts the year the citizen finishes the course (docs/reference/skandia.md §2.1). */
  courseYears: number;
}

export interface Deadweight {
  mode: 'percentagePoints' | 'shareOfOutcomes';
  value: number;
}

export interface CostLine {
  year: number;
  bearer: Bearer;
  amount: number;
  category?: string;
}

/** One row of life-course difference per successful citizen per year. */
export interface ConsequenceLine {
  bearer: Bearer;
  category: string;
  kind: ValueKind;
  /** Annual public cost in the business-as-usual course; a net contributor has a negative cost. */
  baselineAnnual: number;
  /** Annual public cost in the successful course; extra tax revenue is a negative cost. */
  alternativeAnnual: number;
}

export interface OptimismBias {
  /** Cost uplift, e.g. 0.2 adds 20 % to every cost line (Green Book §5.45). */
  costs: number;
  /** Benefit reduction, e.g. 0.1 removes 10 % of every gain (GMCA local guidance). */
  benefits: number;
}

/** A fully specified scenario: every optional CLI field has been given its documented default. */
export interface Scenario {
  horizonYears: number;
  discount: DiscountSchedule | null;
  cohorts: Cohort[];
  grossSuccessRate: number;
  deadweight: Deadweight;
  engagementRate: number;
  attribution: number;
  displacement: number;
  dropOff: number;
  effectLagYears: number;
  /** null: the effect lasts to the horizon. */
  effectDurationYears: number | null;
  optimismBias: OptimismBias;
  costs: CostLine[];
  consequences: ConsequenceLine[];
}

export interface BearerResult {
  pvGains: number;
  pvCosts: number;
  npv: number;
  /** PVG_b / PVG; null when there are no gains at all. */
  shareOfGains: number | null;
  /** PVG_b / PVC_b; null for a bearer without costs (docs/reference/skandia.md §6.3: no division by zero). */
  bcr: number | null;
}

export interface BearerYear {
  gains: number;
  costs: number;
  net: number;
  /** Gains by consequence category. */
  gainsByCategory: Record<string, number>;
}

export interface YearRow {
  year: number;
  discountFactor: number;
  /** Successful citizens whose effect is active this year, weighted by persistence. */
  activeSuccesses: number;
  gains: number;
  costs: number;
  net: number;
  discountedNet: number;
  cumulativeNet: number;
  cumulativeDiscountedNet: number;
  byBearer: Record<Bearer, BearerYear>;
  gainsByCategory: Record<string, number>;
}

export interface Payback {
  undiscounted: number | null;
  discounted: number | null;
}

export interface BreakEven {
  /** Successful citizens (after all adjustments) at which NPV = 0. */
  successes: number | null;
  netSuccessRate: number | null;
  grossSuccessRate: number | null;
}

export interface BusinessCaseResult {
  pvGains: number;
  pvCosts: number;
  npv: number;
  /** Kroner back per invested krone (PVG / PVC); null without costs. */
  bcr: number | null;
  /** NPV / PVC; null without costs. */
  netRoi: number | null;
  netSuccessRate: number;
  successes: number;
  payback: Payback;
  breakEven: BreakEven;
  byBearer: Record<Bearer, BearerResult>;
  byCategory: Record<string, number>;
  byKind: Record<string, number>;
  years: YearRow[];
}
