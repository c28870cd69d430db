// The browser-side slice of @sundhed/shared, through the package's zod-free entries (its `exports` map,
// ADR 023). The package root would also load its zod input schemas (built at module load, so no bundler
// can drop them) into every route's initial chunk; only the forms that validate import the root.
export { conflictMessages, errorMessages, fieldLabels, ui } from '@sundhed/shared/messages';
export {
  formatClockRange,
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
} from '@sundhed/shared/format';
export { parseDanishDate } from '@sundhed/shared/parseDate';
export { parseDanishInput } from '@sundhed/shared/parseNumber';
export { fold } from '@sundhed/shared/fold';
export { searchableInput, searchTextWithoutControls } from '@sundhed/shared/searchText';
export { impossibleAge, MAX_QUERY_AGE } from '@sundhed/shared/queryUnderstanding';
// The browser's clock is the shared clock's system time (no SUNDHED_CLOCK in a browser); component tests
// fix it with setClock, end-to-end tests with Playwright's page.clock (ADR 024).
export { now } from '@sundhed/shared/clock';
// The quarterly report (features/reports): its texts and the last finished quarter by the shared clock.
export { reportMessages } from '@sundhed/shared/messages';
export { today } from '@sundhed/shared/clock';
// Why an offer is in the review queue (features/offers, issue 12): the API's rule.
export { monthsBefore, reviewReasons } from '@sundhed/shared/offerReview';
export { previousQuarter } from '@sundhed/shared/followUp';
// The projects screens (features/projects): their texts.
export { projectsUi } from '@sundhed/shared/messages';
// The project page (features/projects/page): its texts.
export { projectPageUi } from '@sundhed/shared/messages';
export { followUpUi, projectMessages } from '@sundhed/shared/messages';
// The cluster page's date view (features/cluster): its texts.
export { clusterDatesUi } from '@sundhed/shared/messages';
export { parseCalendarDate, shiftDay } from '@sundhed/shared/dates';
// The staff unit's list of tasks that move to the region (features/reform): its texts.
export { reformMessages, reformUi } from '@sundhed/shared/messages';
// The money flows after co-financing on /medfinansiering (ADR 069).
export { fundingFlowMessages, fundingFlowUi } from '@sundhed/shared/messages';
// The hand-out to the citizen (features/offers, issue 12): its texts.
export { handoutMessages } from '@sundhed/shared/messages';
// The hand-out's words in a language (features/offers/handout): "{date}" strings, format words, ages.
export { fillHandoutText, handoutAgeRange, offerFormatWords } from '@sundhed/shared/handoutWords';
// Searches that found nothing and the query chips (issue 11, ADR 041): their texts.
export { searchLearningUi, vocabularyUi } from '@sundhed/shared/messages';
// The cluster secretariat's meeting screens (features/cluster/meetings): their texts.
export { meetingsUi, clusterMessages } from '@sundhed/shared/messages';
// Co-financing (features/cofinancing, issue 13): its texts.
export { cofinancingMessages, cofinancingUi } from '@sundhed/shared/messages';
export { providerRefusalMessage, signInMessages } from '@sundhed/shared/messages';
// Proposals, business cases and the price catalogue (features/proposals): texts and the zod-free rules.
export {
  businessCaseTemplateLabels,
  priceBearerLabels,
  proposalMessages,
  proposalStageLabels,
  proposalsUi,
} from '@sundhed/shared/messages';
export { businessCaseIssues, paybackText, stageChangeIssues } from '@sundhed/shared/proposals';
export { RETURN_PARAM, safeReturnPath } from '@sundhed/shared/returnPath';
