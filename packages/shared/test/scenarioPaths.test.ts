import { scenarioPathLabel } from '../src/scenarioPaths';

describe('scenarioPathLabel', () => {
  it("names the engine's JSON paths as the /forslag form names its fields", () => {
    expect(scenarioPathLabel('$.horizonYears')).toBe('Tidshorisont');
    expect(scenarioPathLabel('$.grossSuccessRate')).toBe('Succesraten');
    expect(scenarioPathLabel('$.cohorts[0].participants')).toBe('Deltagere pr. hold, hold 1');
    expect(scenarioPathLabel('$.costs[2].amount')).toBe('Udgift nr. 3');
    expect(scenarioPathLabel('$.discount[1].rate')).toBe('Diskonteringsrente');
  });

  it('never hands a path to people, also for a field it has no name for', () => {
    expect(scenarioPathLabel('$.somethingNew.deep')).toBe('Et felt i scenariet');
  });
});
