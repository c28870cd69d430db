import { RegimeNotComputableError } from '../errors/RegimeNotComputableError';
import type { Regime } from './types';

/**
 * Stops a calculation that would be a fiction (issue 3: "the engine says so rather than computing a
 * fiction"): the 2007–2011 parameters are missing, and from 2027 KMF is being abolished with no
 * known replacement model (docs/reference/cofinancing.md §1).
 */
export function assertRegimeComputable(regime: Regime): void {
  switch (regime) {
    case 'basic2007':
      throw new RegimeNotComputableError(
        regime,
        'Ordningen 2007–2011 (grundbidrag + aktivitetsbidrag) kan ikke beregnes: dens satser mangler i kilderne (docs/reference/cofinancing.md §1).',
      );
    case 'transition2027':
      throw new RegimeNotComputableError(
        regime,
        'I 2027–2028 afvikles den kommunale medfinansiering (overgangsordning, Sundhedsreform 2024); en aktivitetsbaseret beregning ville være fiktiv.',
      );
    case 'abolished':
      throw new RegimeNotComputableError(
        regime,
        'Den kommunale medfinansiering er nedlagt efter 2028 (Sundhedsreform 2024); erstatningsmodellen kendes ikke, så der beregnes intet.',
      );
    default:
      return;
  }
}
