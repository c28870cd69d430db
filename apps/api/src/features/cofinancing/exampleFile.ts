// The downloadable example activity file (issue 13): Danish headers, semicolons, Danish decimals. Its
// figures are synthetic ("syntetiske data"): no public source gives Ishøj's activity per group. A diagnosis
// group whose name is confirmed is written with its name, "Lungebetændelse (DJ18)" (the import stores the
// code); one without a confirmed name stays a bare code, which is equally valid.
import { cofinancingMessages as m } from '@sundhed/shared';
import { diagnosisLabel } from './diagnosisNames';

const HEADER = [
  'municipality_code',
  'year',
  'month',
  'sector',
  'contact_type',
  'age_group',
  'diagnosis_chapter',
  'activity_count',
  'tariff_value_dkk',
  'kmf_amount_dkk',
  'basis',
].map((c) => m.columns[c]);

export function exampleActivityCsv(): string {
  const rows = [
    [
      '183',
      '2024',
      '1',
      'somatik',
      'stationaer',
      '65-79',
      diagnosisLabel('DJ18'),
      '12',
      '30.000,00',
      '96.000,00',
      'activity',
    ],
    ['183', '2024', '1', 'somatik', 'ambulant', '3-64', 'DM54', '140', '2.000,00', '56.000,00', 'activity'],
    ['183', '2024', '1', 'praksis', 'almen_laege', '80+', '', '300', '150,00', '8.100,00', 'activity'],
    [
      '183',
      '2024',
      '1',
      'psykiatri',
      'ambulant',
      '3-64',
      diagnosisLabel('DF32'),
      '40',
      '1.500,00',
      '18.000,00',
      'activity',
    ],
    ['183', '2024', '1', '', '', '', '', '', '', '190.000,00', 'aconto'],
  ];
  return [HEADER.join(';'), ...rows.map((r) => r.join(';'))].join('\n') + '\n';
}
