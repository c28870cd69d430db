import { addAt as checkedAddAt, at as checkedAt } from '../checked/at';
import { MissingRateError } from '../errors/MissingRateError';
import type { ActivityRow, ActivitySink } from './ActivityRow';
import { assertRegimeComputable } from './assertRegimeComputable';
import { compileRateSet, missingParameterAt, slotOf as slotIndex, type CompiledRateSet } from './compileRateSet';
import { contactAmount as pricedContacts } from './contactAmount';
import { contactLedger, type Ledger } from './contactLedger';
import { AGE_GROUPS, BASES, CONTACT_TYPES, SECTORS, type RateSet } from './types';

// The imported functions add() calls, bound locally: compiled to CommonJS (tsx, Jest), each use of an
// imported name is a getter call on the other module's exports, measurable at a million rows.
const at = checkedAt;
const addAt = checkedAddAt;
const slotOf = slotIndex;
const contactAmount = pricedContacts;
const ACTIVITY = BASES.indexOf('activity');
const ACONTO = BASES.indexOf('aconto');
const LEDGER: Ledger[] = CONTACT_TYPES.map(contactLedger);
const FIRST_YEAR = 2000;
const YEARS = 101;

export interface MissingRateUse {
  parameter: string;
  firstLine: number;
  lines: number;
}

export interface CofinancingResult {
  rateSetId: string;
  regime: RateSet['regime'];
  /** From 2019 the activity-based amount is a shadow figure; payments are a-conto (docs/reference/cofinancing.md §4). */
  shadow: boolean;
  total: number;
  contacts: number;
  byYear: Record<string, number>;
  byMonth: Record<string, number>;
  bySector: Record<string, number>;
  byContactType: Record<string, number>;
  byAgeGroup: Record<string, number>;
  byDiagnosisGroup: Record<string, number>;
  /** total / population, when a population was given. */
  perCapita: number | null;
  /** 100 % municipal items, outside KMF (docs/reference/cofinancing.md §2.1). */
  separateLedger: { total: number; byContactType: Record<string, number> };
  /** Psychiatric "særlige pladser": excluded from KMF, shown for completeness. */
  excluded: { contacts: number; tariffValue: number };
  /** Paid a-conto and settlement rows, kept apart from the activity-based amount. */
  paid: { aconto: number; efterregulering: number; total: number };
  /** Rules priced with figures the source only gives approximately ("knap", "godt"). */
  approximateRules: string[];
}

/**
 * Prices activity rows under one rate set and sums them along every dimension of issue 3. It is a
 * sink, so the CSV importer can stream into it without keeping rows (flat memory), and the same code
 * aggregates rows held in memory.
 */
export class CofinancingAccumulator implements ActivitySink {
  readonly compiled: CompiledRateSet;
  private readonly population: number | null;
  private total = 0;
  private contacts = 0;
  private readonly bySector = new Float64Array(SECTORS.length);
  private readonly byContact = new Float64Array(CONTACT_TYPES.length);
  private readonly byAge = new Float64Array(AGE_GROUPS.length);
  private readonly byMonth = new Float64Array(YEARS * 12);
  /** Diagnosis group → index into diagnosisSums: no boxed number per row, so a million rows stay garbage-free. */
  private readonly diagnosisIndex = new Map<string, number>();
  private diagnosisSums = new Float64Array(64);
  private readonly ledger = new Float64Array(CONTACT_TYPES.length);
  private readonly usedSlots = new Uint8Array(SECTORS.length * CONTACT_TYPES.length * AGE_GROUPS.length);
  private excludedContacts = 0;
  private excludedTariff = 0;
  private aconto = 0;
  private settlement = 0;
  private readonly missing = new Map<string, MissingRateUse>();

  constructor(rateSet: RateSet | CompiledRateSet, options: { population?: number | null } = {}) {
    this.compiled = 'share' in rateSet ? rateSet : compileRateSet(rateSet);
    assertRegimeComputable(this.compiled.rateSet.regime);
    this.population = options.population ?? null;
  }

  add(row: ActivityRow): void {
    if (row.basis !== ACTIVITY) {
      if (row.basis === ACONTO) this.aconto += row.kmfAmount;
      else this.settlement += row.kmfAmount;
      return;
    }
    const ledger = at(LEDGER, row.contactType);
    if (ledger === 'excluded') {
      this.excludedContacts += row.activityCount;
      this.excludedTariff += row.activityCount * row.tariff;
      return;
    }
    if (ledger === 'municipal100') {
      addAt(this.ledger, row.contactType, row.activityCount * row.tariff);
      return;
    }
    const slot = slotOf(row.sector, row.contactType, row.ageGroup);
    const share = at(this.compiled.share, slot);
    const cap = at(this.compiled.cap, slot);
    if (share !== share || cap !== cap) {
      this.recordMissing(row, slot);
      return;
    }
    const amount = contactAmount(row.activityCount, row.tariff, share, cap);
    this.usedSlots[slot] = 1;
    this.total += amount;
    this.contacts += row.activityCount;
    addAt(this.bySector, row.sector, amount);
    addAt(this.byContact, row.contactType, amount);
    addAt(this.byAge, row.ageGroup, amount);
    const yearIndex = row.year - FIRST_YEAR;
    if (yearIndex >= 0 && yearIndex < YEARS) addAt(this.byMonth, yearIndex * 12 + row.month - 1, amount);
    if (row.diagnosisGroup !== '') this.addDiagnosis(row.diagnosisGroup, amount);
  }

  private addDiagnosis(group: string, amount: number): void {
    let index = this.diagnosisIndex.get(group);
    if (index === undefined) {
      index = this.diagnosisIndex.size;
      this.diagnosisIndex.set(group, index);
      if (index === this.diagnosisSums.length) {
        const bigger = new Float64Array(index * 2);
        bigger.set(this.diagnosisSums);
        this.diagnosisSums = bigger;
      }
    }
    addAt(this.diagnosisSums, index, amount);
  }

  private recordMissing(row: ActivityRow, slot: number): void {
    const parameter = missingParameterAt(
      this.compiled,
      slot,
      at(SECTORS, row.sector),
      at(CONTACT_TYPES, row.contactType),
      at(AGE_GROUPS, row.ageGroup),
    ) as string;
    const use = this.missing.get(parameter);
    if (use) use.lines++;
    else this.missing.set(parameter, { parameter, firstLine: row.line, lines: 1 });
  }

  /** Every missing rate the rows asked for, with the first CSV line that needed it. */
  missingRates(): MissingRateUse[] {
    return [...this.missing.values()];
  }

  /** The aggregate; throws MissingRateError if any row needed a missing rate. */
  result(): CofinancingResult {
    const [firstMissing] = this.missing.values();
    if (firstMissing) throw new MissingRateError(this.compiled.rateSet.id, firstMissing.parameter);
    const named = (names: readonly string[], values: Float64Array): Record<string, number> =>
      Object.fromEntries(names.map((n, i) => [n, values[i] ?? 0] as const).filter(([, v]) => v !== 0));
    const byYear: Record<string, number> = {};
    const byMonth: Record<string, number> = {};
    this.byMonth.forEach((value, i) => {
      if (value === 0) return;
      const year = String(FIRST_YEAR + Math.floor(i / 12));
      byYear[year] = (byYear[year] ?? 0) + value;
      byMonth[`${year}-${String((i % 12) + 1).padStart(2, '0')}`] = value;
    });
    const approximateRules = new Set<string>();
    this.usedSlots.forEach((used, slot) => {
      const rule = this.compiled.rules[slot];
      if (used && rule && (rule.shareStatus === 'approximate' || rule.capStatus === 'approximate')) {
        approximateRules.add(`${rule.sector}/${rule.contactType}/${rule.ageGroup}`);
      }
    });
    const ledgerByContact = named(CONTACT_TYPES, this.ledger);
    const regime = this.compiled.rateSet.regime;
    return {
      rateSetId: this.compiled.rateSet.id,
      regime,
      shadow: regime === 'aconto2019',
      total: this.total,
      contacts: this.contacts,
      byYear,
      byMonth,
      bySector: named(SECTORS, this.bySector),
      byContactType: named(CONTACT_TYPES, this.byContact),
      byAgeGroup: named(AGE_GROUPS, this.byAge),
      byDiagnosisGroup: Object.fromEntries(
        [...this.diagnosisIndex].map(([group, index]) => [group, at(this.diagnosisSums, index)] as const),
      ),
      perCapita: this.population === null || this.population <= 0 ? null : this.total / this.population,
      separateLedger: {
        total: Object.values(ledgerByContact).reduce((a, b) => a + b, 0),
        byContactType: ledgerByContact,
      },
      excluded: { contacts: this.excludedContacts, tariffValue: this.excludedTariff },
      paid: { aconto: this.aconto, efterregulering: this.settlement, total: this.aconto + this.settlement },
      approximateRules: [...approximateRules].sort(),
    };
  }
}
