// The browser-side slice of @sundhed/shared. Importing the package root would also load its zod
// input schemas (built at module load, so no bundler can drop them) into every route's initial
// chunk; only the theme forms, which validate, import the root.
export { ui } from '@sundhed/shared/src/messages/ui';
export { errorMessages } from '@sundhed/shared/src/messages/errors';
export { fieldLabels } from '@sundhed/shared/src/messages/validation';
export {
  formatDate,
  formatDecimal,
  formatKr,
  formatKrShort,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatYears,
} from '@sundhed/shared/src/format';
export { conflictMessages } from '@sundhed/shared/src/messages/conflicts';
