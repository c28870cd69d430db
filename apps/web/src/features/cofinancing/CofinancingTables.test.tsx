import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CofinancingOverviewData } from './cofinancingQueries';
import { BreakdownTables, MonthTable, PreventableTable } from './CofinancingTables';
import { MissingRates } from './ThemeFSection';

const level = (label: string, value: number | null, reason: string | null = null) => ({
  __typename: 'CofinancingLevelValue' as const,
  label,
  value,
  municipalities: value === null ? 0 : 1,
  reason,
});
const NOT_IMPORTED = 'ikke importeret: ingen kommune i niveauet har indlæst aktivitet og befolkning for 2024';
const levels = (group: number | null, gentofte: string = NOT_IMPORTED) => [
  level('Kommunesocialgruppe 4', group),
  level('Kun Gentofte', null, gentofte),
];

const overview = {
  municipality: 'Ishøj Kommune',
  comparisons: [
    { label: 'Kommunesocialgruppe 4', kind: 'SOCIAL_GROUP', note: null, byYear: [] },
    { label: 'Kun Gentofte', kind: 'SET', note: null, byYear: [] },
  ],
  byMonth: [
    { year: 2024, month: 1, amount: 120_000, contacts: 12, uncomputedContacts: 0, perInhabitant: 5 },
    { year: 2024, month: 2, amount: 24_000, contacts: 2, uncomputedContacts: 0, perInhabitant: 1 },
  ],
  breakdown: [
    {
      dimension: 'diagnosisGroup',
      key: 'DJ18',
      label: 'Lungebetændelse (DJ18)',
      labelSource: 'WHO ICD-10, kategori J18',
      amount: 100_000,
      contacts: 10,
      perInhabitant: 100_000 / 12_000,
      levels: levels(40_000 / 24_000),
    },
    {
      dimension: 'diagnosisGroup',
      key: 'DE86',
      label: 'DE86 (navnet kendes ikke)',
      labelSource: null,
      amount: 50_000,
      contacts: 100,
      perInhabitant: 50_000 / 12_000,
      levels: levels(0),
    },
  ],
  preventable: [
    {
      year: 2024,
      group: 'dehydrering',
      label: 'Dehydrering',
      count: 10,
      per1000Aged65Plus: 5,
      source: 'eSundhed (test)',
      levels: levels(
        2,
        'ikke importeret: ingen kommune i niveauet har indlæst forebyggelige indlæggelser og befolkning på 65+ for 2024',
      ),
    },
  ],
} as unknown as CofinancingOverviewData;

describe('the co-financing tables', () => {
  it('show diagnosis groups by name with the code, and every level, "ikke importeret" with its reason', () => {
    render(<BreakdownTables overview={overview} year={2024} />);
    const table = screen.getByRole('table', {
      name: 'Diagnosegruppe i 2024: kommunen pr. indbygger mod sammenligningsniveauerne',
    });
    expect(within(table).getByRole('columnheader', { name: 'Kommunesocialgruppe 4' })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', {
        name: /^Lungebetændelse \(DJ18\) 100\.000 kr\. 10 8,33 kr\. 1,67 kr\. ikke importeret$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /^DE86 \(navnet kendes ikke\) .* 0,00 kr\. ikke importeret$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Kun Gentofte: ${NOT_IMPORTED}`)).toBeInTheDocument();
    expect(screen.getByText('Diagnosenavne: DJ18: WHO ICD-10, kategori J18')).toBeInTheDocument();
  });

  it('show the months per inhabitant on request, saying how they are divided', async () => {
    const user = userEvent.setup();
    render(<MonthTable overview={overview} />);
    expect(screen.getByRole('table', { name: 'Medfinansiering pr. måned' })).toHaveTextContent('120.000 kr.');
    await user.click(screen.getByRole('radio', { name: 'Pr. indbygger' }));
    const table = screen.getByRole('table', {
      name: 'Medfinansiering pr. måned pr. indbygger: hver måned divideret med årets befolkning (befolkningen opgøres pr. år)',
    });
    expect(within(table).getByRole('row', { name: '1.2024 5,00 kr. 12' })).toBeInTheDocument();
  });

  it('show preventable admissions per 1,000 aged 65+ against every level', () => {
    render(<PreventableTable overview={overview} />);
    const table = screen.getByRole('table', {
      name: 'Forebyggelige indlæggelser pr. 1.000 borgere på 65+ mod sammenligningsniveauerne',
    });
    expect(
      within(table).getByRole('row', { name: /^2024 Dehydrering 10 5 2 ikke importeret eSundhed/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Kun Gentofte: ikke importeret: .*forebyggelige indlæggelser/)).toBeInTheDocument();
  });

  it('say in words which theme F rate is missing, how to fill it in and the share resting on it', () => {
    const cell = {
      dimension: 'total',
      key: '',
      label: 'I alt',
      contacts: 212,
      flatAmount: 132_400,
      ageAmount: null,
      difference: null,
      approximateShare: 0.25,
      missingShare: 0.05,
      missingRates: [
        'Andelen for 65–79 år i somatik, indlæggelse, er ikke kendt for Aldersdifferentieret model (Region Hovedstaden)',
      ],
    } as Parameters<typeof MissingRates>[0]['cell'];
    const { rerender } = render(<MissingRates cell={cell} staff />);
    const note = screen.getByRole('note', { name: 'Hvorfor står der "ikke beregnet"?' });
    expect(note).toHaveTextContent('Andelen for 65–79 år i somatik, indlæggelse, er ikke kendt for');
    expect(note).toHaveTextContent('Heraf på omtrentlige satser: 25 % af beløbet. Kontakter uden sats: 5 %.');
    expect(within(note).getByRole('link', { name: 'Gå til satserne' })).toHaveAttribute('href', '#cofin-rates');
    rerender(<MissingRates cell={cell} staff={false} />);
    expect(screen.queryByRole('link', { name: 'Gå til satserne' })).toBeNull();
  });
});
