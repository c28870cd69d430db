import { formatKr, ui } from '../../shared';

/** 0 -> "Gratis", 123 -> "123 kr.", null -> "Pris ikke oplyst". */
export function costText(costKr: number | null): string {
  if (costKr === null) return ui.offers.costUnknown;
  return costKr === 0 ? ui.offers.free : formatKr(costKr);
}
