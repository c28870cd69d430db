// The two calculation pools (ADR 036, ADR 047): requests are computed at normal priority; the full reports
// queued after a re-run run in the background pool, whose one thread has the lowest CPU priority so that on
// a 2-core machine it yields to the request thread. Read from the kernel's view of this process's threads.
import { readdirSync, readFileSync } from 'node:fs';
import { buildScenario, type BusinessCaseAssumptions } from '@sundhed/shared';
import { closeCalcPool, reportOffThread } from './calcPool';

/** Threads of this process with a nice value above 0 (field 19 of /proc/<pid>/task/<tid>/stat). */
function nicedThreads(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[16]) > 0 ? [Number(fields[16])] : [];
  });
}

const assumptions: BusinessCaseAssumptions = {
  template: 'prevention',
  horizonYears: 10,
  participants: 40,
  grossSuccessRatePercent: 20,
  monteCarloDraws: 200,
  costs: [{ label: 'Medarbejder', bearer: 'KOMMUNE', amountKr: 150_000 }],
  gains: [{ label: 'Færre indlæggelser', bearer: 'REGION', amountKr: 30_000 }],
  sources: [],
};
const scenario = buildScenario(assumptions, () => undefined);

afterAll(() => closeCalcPool());

const linux = process.platform === 'linux' ? test : test.skip;

linux('a request is computed at normal priority, a background report on a thread at nice 19', async () => {
  const before = nicedThreads();
  const foreground = await reportOffThread(scenario);
  expect(nicedThreads()).toEqual(before);
  const background = await reportOffThread(scenario, true);
  expect(nicedThreads()).toEqual([...before, 19]);
  // Same scenario, same answer: the pool changes where it is computed, not what.
  expect(background.npv).toBe(foreground.npv);
});
