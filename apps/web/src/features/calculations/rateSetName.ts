import { ui } from '../../shared';

/**
 * A rate set as people name it: its regime in Danish, the region and the settlement year
 * ("Flad model 2012–2017, Region Hovedstaden, takster 2016"), never its key ("flat2012-regionh").
 */
export function rateSetName(set: { id: string; regime: string; year?: number | null }): string {
  const c = ui.calculations;
  const region = c.rateSetRegion[set.id.slice(set.id.lastIndexOf('-') + 1)] ?? null;
  return c.cofinancing.rateSetName(
    c.regime[set.regime as keyof typeof c.regime] ?? set.regime,
    region,
    set.year ?? null,
  );
}
