// The browser-side slice of @sundhed/shared, through the package's zod-free entries (its `exports` map,
// ADR 023). The package root would also load its zod input schemas (built at module load, so no bundler
// can drop them) into every route's initial chunk; only the forms that validate import the root.
export { conflictMessages, errorMessages, fieldLabels, ui } from '@sundhed/shared/messages';
export {
  formatDate,
  formatDecimal,
  formatKr,
  formatKrShort,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatYears,
} from '@sundhed/shared/format';
