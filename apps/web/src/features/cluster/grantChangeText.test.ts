import { breastfeedingGrant } from '../../../test/fixtures';
import { grantChangeText } from './grantChangeText';

const [change] = breastfeedingGrant.changes;
if (!change) throw new Error('The breastfeeding grant fixture has no grant change');

describe('grantChangeText', () => {
  it('reads a raise with its decision', () => {
    expect(grantChangeText(change)).toBe(
      '500.000 kr. → 1.000.000 kr., besluttet 26.4.2023, punkt 4: Klyngemidler 2023',
    );
  });

  it('reads a first grant and an unknown amount', () => {
    expect(grantChangeText({ ...change, previousAmountKr: null })).toMatch(/^Bevilget 1\.000\.000 kr\., besluttet/);
    expect(grantChangeText({ ...change, previousAmountKr: null, newAmountKr: null, agendaItem: null })).toBe(
      'Bevilget, beløb ikke oplyst, besluttet 26.4.2023',
    );
    expect(grantChangeText({ ...change, newAmountKr: null })).toMatch(/^500\.000 kr\. → Beløb ikke oplyst/);
  });
});
