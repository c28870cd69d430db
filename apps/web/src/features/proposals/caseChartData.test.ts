import { tornadoData } from './caseChartData';

const row = (parameter: string, npvLow: number, npvHigh: number) => ({
  __typename: 'TornadoRow' as const,
  parameter,
  low: 0.8,
  high: 1.2,
  npvLow,
  npvHigh,
  swing: npvHigh - npvLow,
});

describe('tornadoData', () => {
  it('names each bar in Danish as the sensitivity table and the PDF do, not by the engine code', () => {
    const bars = tornadoData({
      tornado: [row('grossSuccessRate', -10, 30), row('optimismBias.costs', 5, 12), row('someNewParameter', 1, 2)],
    });
    expect(bars).toEqual([
      { parameter: 'Brutto-succesrate', low: -10, high: 30 },
      { parameter: 'Optimismetillæg, omkostninger', low: 5, high: 12 },
      // A parameter the catalogue does not know yet keeps its code rather than vanish.
      { parameter: 'someNewParameter', low: 1, high: 2 },
    ]);
  });

  it('draws the eight widest swings (the table lists them all)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row('discountRate', i, i + 1));
    expect(tornadoData({ tornado: rows })).toHaveLength(8);
  });
});
