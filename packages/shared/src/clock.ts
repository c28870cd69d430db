// One clock for every rule that depends on the date (late milestones, ended courses, session
// timeouts). Production always reads the system clock; tests and end-to-end runs may fix it, either
// in-process with setClock() or for a whole server process with SUNDHED_CLOCK (an ISO instant).

let fixed: Date | null = null;

function inProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === 'production';
}

function fromEnvironment(): Date | null {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.SUNDHED_CLOCK;
  if (!value || inProduction()) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`SUNDHED_CLOCK is not an ISO instant: ${value}`);
  return at;
}

/** The current instant by the shared clock. */
export function now(): Date {
  const at = fixed ?? fromEnvironment();
  return at ? new Date(at.getTime()) : new Date();
}

const copenhagenIsoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Copenhagen as "yyyy-mm-dd" (00:30 local time is already the new day). */
export function today(at: Date = now()): string {
  return copenhagenIsoDay.format(at);
}

/** Fixes the clock (an instant or ISO string), or releases it with null. Refused in production. */
export function setClock(at: Date | string | null): void {
  if (inProduction()) throw new Error('The clock cannot be set in production');
  fixed = at === null ? null : new Date(at);
}
