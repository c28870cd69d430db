// The browser-side slice of @sundhed/shared. Importing the package root would also load its zod
// input schemas (built at module load, so no bundler can drop them) into every route's initial
// chunk; only the theme forms, which validate, import the root.
export { ui } from '@sundhed/shared/src/messages/ui';
export { errorMessages } from '@sundhed/shared/src/messages/errors';
export { fieldLabels } from '@sundhed/shared/src/messages/validation';
export {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatInputNumber,
  formatKr,
  formatKrShort,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatTime,
  formatYears,
} from '@sundhed/shared/src/format';
export { parseDanishDate } from '@sundhed/shared/src/parseDate';
export { parseDanishInput } from '@sundhed/shared/src/parseNumber';
export { fold } from '@sundhed/shared/src/fold';
// The browser's clock is the shared clock's system time (no SUNDHED_CLOCK in a browser); component tests
// fix it with setClock, end-to-end tests with Playwright's page.clock (ADR 024).
export { now } from '@sundhed/shared/src/clock';
export { conflictMessages } from '@sundhed/shared/src/messages/conflicts';
