import type { RuleAgeGroup } from './types';

/** A readable key for messages and maps: `somatik/stationaer/0-2`. */
export function ruleKey(sector: string, contactType: string, ageGroup: RuleAgeGroup | string): string {
  return `${sector}/${contactType}/${ageGroup}`;
}
