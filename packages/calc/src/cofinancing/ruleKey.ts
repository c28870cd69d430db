/** A readable key for messages and maps: `somatik/stationaer/0-2` (the age group a RuleAgeGroup or a label). */
export function ruleKey(sector: string, contactType: string, ageGroup: string): string {
  return `${sector}/${contactType}/${ageGroup}`;
}
