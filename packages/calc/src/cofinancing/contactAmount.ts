/**
 * Co-financing of one group of identical contacts (issue 3; docs/reference/cofinancing.md §2.2, §3.4):
 * activity_count × min(share × tariff, cap). An uncapped rule passes cap = Infinity.
 */
export function contactAmount(activityCount: number, tariff: number, share: number, cap: number): number {
  const perContact = share * tariff;
  return activityCount * (perContact < cap ? perContact : cap);
}
