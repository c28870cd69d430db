import { at } from '../checked/at';

/**
 * Payback year, interpolated within the year on the assumption that flows are even within it
 * (docs/reference/skandia.md §6.2): t* = the first year in which the cumulative net flow is ≥ 0 after having been
 * negative, payback = (t* − 1) + (−cum_{t*−1} / Net_{t*}). 0 when the cumulative flow is never
 * negative; null when it does not turn non-negative within the horizon.
 */
export function interpolatedPayback(net: ArrayLike<number>): number | null {
  let cumulative = 0;
  let seenNegative = false;
  for (let t = 0; t < net.length; t++) {
    const flow = at(net, t);
    const previous = cumulative;
    cumulative += flow;
    if (cumulative < 0) {
      seenNegative = true;
    } else if (seenNegative) {
      return t - 1 + -previous / flow;
    }
  }
  return seenNegative ? null : 0;
}
