// What a saved business case says, assembled once for its files (ADR 051): the Excel workbook
// (businessCaseExport.ts) and the committee PDF (businessCasePdf.ts) both render this, so they cannot
// disagree. A case is read at its latest version with its current result (re-run after price changes),
// or at an earlier version with the result saved with that version.
import type { BusinessCaseReport, TornadoRow } from '@sundhed/calc';
import {
  ASSUMPTION_RULES,
  businessCaseTemplateLabels,
  formatDecimal,
  paybackText,
  priceBearerLabels,
  proposalMessages as pm,
  proposalStageLabels,
  ui,
  type BusinessCaseAssumptions,
} from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import { sourceText } from '../reports/quarterlyReport';

const x = pm.export;
const withSource = { include: { source: true } } as const;

/** A case of the municipality with everything its files show; null when it is not there. */
export const loadCase = (db: Db, id: string, municipalityId: string) =>
  db.savedBusinessCase.findFirst({
    where: { id, municipalityId },
    include: {
      versions: { orderBy: { number: 'desc' }, include: { user: { select: { name: true } } } },
      proposal: { select: { title: true, stage: true, need: true, targetGroup: true } },
      project: { select: { name: true } },
      priceIndex: withSource,
    },
  });

export type CaseRecord = NonNullable<Awaited<ReturnType<typeof loadCase>>>;
type Version = CaseRecord['versions'][number];

export type AssumptionRow = {
  what: string;
  value: number | string | null;
  unit: string;
  source: string;
};

export interface CaseContent {
  name: string;
  templateLabel: string;
  parent: { kind: 'proposal' | 'project'; title: string; stageLabel: string | null; need: string | null } | null;
  /** The version shown; null for a case without versions. */
  version: Version | null;
  versions: Version[];
  rerun: { at: Date; reason: string } | null;
  result: BusinessCaseReport | null;
  /** "Tjener sig hjem i år 6". */
  payback: string | null;
  assumptions: AssumptionRow[];
  /** Who gains, by bearer label (Kommune, Region, Stat), in present values. */
  bearers: { bearer: string; gains: number; costs: number; npv: number }[];
  /** The tornado's rows with Danish parameter names, largest swing first. */
  sensitivity: (TornadoRow & { name: string })[];
  /** Every source the version cites: its assumptions' and lines' sources, its prices', the index's. */
  sources: string[];
}

const bearerLabel = (key: string) => priceBearerLabels[key.toUpperCase() as keyof typeof priceBearerLabels] ?? key;
const parameterName = (p: string) => ui.calculations.businessCase.parameterNames[p] ?? p;

async function pricesOf(db: Db, municipalityId: string, a: BusinessCaseAssumptions) {
  const ids = [...new Set([...a.costs, ...a.gains].flatMap((l) => (l.priceId ? [l.priceId] : [])))];
  if (!ids.length) return new Map<string, { name: string; source: string | null }>();
  const rows = await db.price.findMany({ where: { id: { in: ids }, municipalityId }, ...withSource });
  return new Map(rows.map((p) => [p.id, { name: p.name, source: p.source ? sourceText(p.source) : null }]));
}

function assumptionRows(a: BusinessCaseAssumptions, priceName: (id: string) => string | undefined): AssumptionRow[] {
  const sources = new Map(a.sources.map((s) => [s.key, s.source ?? '']));
  const scalars = Object.entries(ASSUMPTION_RULES).map(([key, rule]) => ({
    what: pm.labels[key as keyof typeof pm.labels],
    value: ((a as unknown as Record<string, unknown>)[key] ?? null) as number | null,
    unit: pm.units[rule.unit],
    source: sources.get(key) ?? '',
  }));
  const lines = (kind: 'costs' | 'gains') =>
    a[kind].map((l) => ({
      what: `${kind === 'costs' ? x.cost : x.gain}: ${l.label} (${bearerLabel(l.bearer).toLowerCase()})`,
      value: l.toBeFilled
        ? x.toBeFilled
        : l.priceId
          ? pm.pdf.catalogue(formatDecimal(l.quantity ?? 1), priceName(l.priceId) ?? x.fromCatalogue)
          : (l.amountKr ?? null),
      unit: 'kr.',
      source: l.source ?? '',
    }));
  return [...scalars, ...lines('costs'), ...lines('gains')];
}

/** The case at `versionNumber` (default: the latest, with its current result); null when no such version. */
export async function caseContent(db: Db, c: CaseRecord, versionNumber?: number): Promise<CaseContent | null> {
  const latest = c.versions[0] ?? null;
  const version = versionNumber === undefined ? latest : (c.versions.find((v) => v.number === versionNumber) ?? null);
  if (versionNumber !== undefined && !version) return null;
  const isLatest = version === latest;
  const result = ((isLatest ? c.result : version?.result) ?? null) as BusinessCaseReport | null;
  const a = (version?.assumptions ?? null) as BusinessCaseAssumptions | null;
  const prices = a
    ? await pricesOf(db, c.municipalityId, a)
    : new Map<string, { name: string; source: string | null }>();
  const assumptions = a ? assumptionRows(a, (id) => prices.get(id)?.name) : [];
  const sources = new Set(assumptions.map((r) => r.source).filter(Boolean));
  for (const p of prices.values()) if (p.source) sources.add(pm.pdf.priceSource(p.name, p.source));
  if (prices.size && c.priceIndex?.source)
    sources.add(pm.pdf.indexSource(c.priceIndex.name, sourceText(c.priceIndex.source)));
  const parent = c.proposal
    ? {
        kind: 'proposal' as const,
        title: c.proposal.title,
        stageLabel: proposalStageLabels[c.proposal.stage],
        need: c.proposal.need,
      }
    : c.project
      ? { kind: 'project' as const, title: c.project.name, stageLabel: null, need: null }
      : null;
  return {
    name: c.name,
    templateLabel: businessCaseTemplateLabels[c.template as keyof typeof businessCaseTemplateLabels] ?? c.template,
    parent,
    version,
    versions: c.versions,
    rerun: isLatest && c.rerunAt && c.rerunReason ? { at: c.rerunAt, reason: c.rerunReason } : null,
    result,
    payback: result ? paybackText(result.payback.undiscounted, result.years.length - 1) : null,
    assumptions,
    bearers: result
      ? Object.entries(result.byBearer).map(([key, b]) => ({
          bearer: bearerLabel(key),
          gains: b.pvGains,
          costs: b.pvCosts,
          npv: b.npv,
        }))
      : [],
    sensitivity: (result?.tornado ?? []).map((t) => ({ ...t, name: parameterName(t.parameter) })),
    sources: [...sources],
  };
}
