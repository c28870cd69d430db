import { formatKr, ui } from '../../shared';

/** 0 -> "Gratis" (or `free` in the citizen's language), 123 -> "123 kr.", null -> "Pris ikke oplyst". */
export function costText(costKr: number | null, free: string = ui.offers.free): string {
  if (costKr === null) return ui.offers.costUnknown;
  return costKr === 0 ? free : formatKr(costKr);
}
