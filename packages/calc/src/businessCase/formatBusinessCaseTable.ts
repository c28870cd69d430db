import { formatKr as formatKroner, formatNumber } from '@sundhed/shared/format';
import { formatTable } from '../format/formatTable';
import type { BusinessCaseReport } from './businessCaseReport';

const PARAMETER_LABELS: Record<string, string> = {
  grossSuccessRate: 'Succesrate (brutto)',
  deadweight: 'Dødvægt',
  engagementRate: 'Deltagelsesgrad',
  attribution: 'Attribution',
  displacement: 'Fortrængning',
  dropOff: 'Aftagende effekt pr. år',
  'optimismBias.costs': 'Optimismetillæg, omkostninger',
  'optimismBias.benefits': 'Optimismefradrag, gevinster',
  participantsScale: 'Antal deltagere (faktor)',
  costScale: 'Omkostninger (faktor)',
  benefitScale: 'Gevinster (faktor)',
  discountRate: 'Diskonteringsrente',
};

const pct = (v: number | null): string => (v === null ? '–' : `${formatNumber(v * 100, 1)} %`);
const years = (v: number | null): string => (v === null ? 'ikke inden for horisonten' : `${formatNumber(v, 2)} år`);
const ratio = (v: number | null): string => (v === null ? '–' : formatNumber(v, 2));

/** The `--table` output of `business-case`: Danish labels and number formats throughout. */
export function formatBusinessCaseTable(r: BusinessCaseReport): string {
  const out: string[] = [];
  out.push('Business case (Skandia-model)', '');
  out.push(
    formatTable(
      ['Nøgletal', 'Værdi'],
      [
        ['Nutidsværdi af gevinster', formatKroner(r.pvGains)],
        ['Nutidsværdi af omkostninger', formatKroner(r.pvCosts)],
        ['Nettonutidsværdi (NNV)', formatKroner(r.npv)],
        ['Kr. tilbage pr. investeret kr.', ratio(r.bcr)],
        ['Netto-ROI', pct(r.netRoi)],
        ['Succesrate (netto)', pct(r.netSuccessRate)],
        ['Antal succeser', formatNumber(r.successes, 1)],
        ['Tilbagebetalingstid (udiskonteret)', years(r.payback.undiscounted)],
        ['Tilbagebetalingstid (diskonteret)', years(r.payback.discounted)],
        ['Break-even: antal succeser', r.breakEven.successes === null ? '–' : formatNumber(r.breakEven.successes, 1)],
        ['Break-even: succesrate (netto)', pct(r.breakEven.netSuccessRate)],
        ['Break-even: succesrate (brutto)', pct(r.breakEven.grossSuccessRate)],
      ],
    ),
  );
  out.push('', 'Fordeling på aktører', '');
  out.push(
    formatTable(
      ['Aktør', 'Gevinster (NV)', 'Omkostninger (NV)', 'NNV', 'Andel af gevinster'],
      Object.entries(r.byBearer).map(([bearer, b]) => [
        bearer,
        formatKroner(b.pvGains),
        formatKroner(b.pvCosts),
        formatKroner(b.npv),
        pct(b.shareOfGains),
      ]),
    ),
  );
  const bearers = Object.keys(r.byBearer);
  out.push('', 'År for år (løbende beløb)', '');
  out.push(
    formatTable(
      [
        'År',
        'Diskonteringsfaktor',
        ...bearers.map((b) => `Netto ${b}`),
        'Gevinster',
        'Omkostninger',
        'Netto',
        'Akkumuleret',
        'Akk. diskonteret',
      ],
      r.years.map((y) => [
        String(y.year),
        formatNumber(y.discountFactor, 6),
        ...bearers.map((b) => formatKroner(y.byBearer[b]?.net ?? 0)),
        formatKroner(y.gains),
        formatKroner(y.costs),
        formatKroner(y.net),
        formatKroner(y.cumulativeNet),
        formatKroner(y.cumulativeDiscountedNet),
      ]),
    ),
  );
  out.push('', 'Følsomhed (tornado, ±20 %)', '');
  out.push(
    formatTable(
      ['Parameter', 'Lav', 'Høj', 'NNV ved lav', 'NNV ved høj', 'Udsving', 'Skifteværdi (NNV = 0)'],
      r.tornado.map((t) => [
        PARAMETER_LABELS[t.parameter] ?? t.parameter,
        formatNumber(t.low, 3),
        formatNumber(t.high, 3),
        formatKroner(t.npvLow),
        formatKroner(t.npvHigh),
        formatKroner(t.swing),
        r.switchingValues[t.parameter] === null ? '–' : formatNumber(r.switchingValues[t.parameter] as number, 4),
      ]),
    ),
  );
  if (r.monteCarlo) {
    const m = r.monteCarlo;
    out.push('', `Monte Carlo (${formatNumber(m.draws)} træk, frø ${m.seed})`, '');
    out.push(
      formatTable(
        ['Percentil', 'NNV'],
        [
          ['5 %', formatKroner(m.percentiles.p5)],
          ['10 %', formatKroner(m.percentiles.p10)],
          ['25 %', formatKroner(m.percentiles.p25)],
          ['50 %', formatKroner(m.percentiles.p50)],
          ['75 %', formatKroner(m.percentiles.p75)],
          ['90 %', formatKroner(m.percentiles.p90)],
          ['95 %', formatKroner(m.percentiles.p95)],
          ['Middelværdi', formatKroner(m.mean)],
          ['Sandsynlighed for NNV > 0', pct(m.probabilityPositive)],
        ],
      ),
    );
  }
  if (r.defaultsApplied.length > 0) out.push('', `Standardværdier brugt: ${r.defaultsApplied.join('; ')}`);
  return out.join('\n');
}
