// The business-case engine names a bad input by its JSON path ("$.cohorts[0].participants"); people read
// the field's Danish name instead, the same names the /forslag assumptions form uses (proposalMessages.labels).
import { proposalMessages as pm } from './messages/proposals';

const l = pm.labels;
const EXACT: Record<string, string> = {
  $: 'Scenariet',
  '$.horizonYears': l.horizonYears,
  '$.grossSuccessRate': l.grossSuccessRatePercent,
  '$.deadweight': l.deadweightPercent,
  '$.deadweight.value': l.deadweightPercent,
  '$.deadweight.mode': `${l.deadweightPercent} (beregningsmåde)`,
  '$.attribution': l.attributionPercent,
  '$.engagementRate': l.engagementRatePercent,
  '$.dropOff': l.dropOffPercent,
  '$.effectDurationYears': l.effectDurationYears,
  '$.discount': l.discountRatePercent,
  '$.discountRate': l.discountRatePercent,
  '$.cohorts': l.cohorts,
  '$.monteCarlo.draws': l.monteCarloDraws,
  '$.optimismBias.costs': 'Optimismetillæg på udgifter',
  '$.optimismBias.benefits': 'Optimismefradrag på gevinster',
  '$.costs': 'Udgifter',
  '$.benefits': 'Gevinster',
};

const INDEXED: [RegExp, (n: number) => string][] = [
  [/^\$\.cohorts\[(\d+)\]/, (n) => `${l.participants}, hold ${n}`],
  [/^\$\.costs\[(\d+)\]/, (n) => `Udgift nr. ${n}`],
  [/^\$\.benefits\[(\d+)\]/, (n) => `Gevinst nr. ${n}`],
  [/^\$\.discount\[/, () => l.discountRatePercent],
];

/** The Danish name of a scenario field by its JSON path; "Et felt i scenariet" for one the form has no name for. */
export function scenarioPathLabel(path: string): string {
  const exact = EXACT[path];
  if (exact) return exact;
  for (const [pattern, label] of INDEXED) {
    const match = pattern.exec(path);
    if (match) return label(Number(match[1] ?? 0) + 1);
  }
  return 'Et felt i scenariet';
}
