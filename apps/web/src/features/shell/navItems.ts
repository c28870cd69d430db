import { cofinancingUi, followUpUi, projectsUi, proposalsUi, reportMessages, ui } from '../../shared';
import type { Role } from '../../__generated__/graphql';

export interface NavItem {
  to: string;
  label: string;
  /** Roles that may use the page: the @auth roles of the queries it runs (see the SDL). */
  roles: readonly Role[];
}

const everyone: readonly Role[] = [
  'sundhedsstab',
  'frontmedarbejder',
  'direktoer',
  'klyngesekretariat',
  'projektleder',
];

export const navItems: readonly NavItem[] = [
  // overview: @auth(requires: [sundhedsstab, direktoer])
  { to: '/', label: ui.nav.overview, roles: ['sundhedsstab', 'direktoer'] },
  // attentionItems: the work queue of the staff unit and a project lead (the director sees it, and the
  // answers to the director's comments on proposals, on the overview).
  { to: '/opgaver', label: followUpUi.nav.tasks, roles: ['sundhedsstab', 'projektleder'] },
  // The offer catalogue (a later issue) is read by front-line workers and maintained by the staff unit.
  { to: '/tilbud', label: ui.nav.offers, roles: ['sundhedsstab', 'frontmedarbejder', 'direktoer'] },
  // bodies and socialGroups allow the cluster secretariat too; orgUnits only the municipality's roles.
  { to: '/organisation', label: ui.nav.organisation, roles: ['sundhedsstab', 'direktoer', 'klyngesekretariat'] },
  // themes, theme: @auth(requires: [sundhedsstab, direktoer])
  { to: '/temaer', label: ui.nav.themes, roles: ['sundhedsstab', 'direktoer'] },
  // projectPortfolio (and GET /api/projects/export.xlsx): @auth(requires: [sundhedsstab, direktoer, projektleder])
  { to: '/projekter', label: projectsUi.navLabel, roles: ['sundhedsstab', 'direktoer', 'projektleder'] },
  // clusters: @auth(requires: [sundhedsstab, direktoer, klyngesekretariat])
  { to: '/klynge', label: ui.nav.cluster, roles: ['sundhedsstab', 'direktoer', 'klyngesekretariat'] },
  // cofinancingRateSets, cofinancingSimulation: @auth(requires: [sundhedsstab, direktoer]) (business cases: /forslag)
  { to: '/beregninger', label: ui.nav.calculations, roles: ['sundhedsstab', 'direktoer'] },
  // quarterlyReport (and GET /api/reports/quarterly.pdf): @auth(requires: [sundhedsstab, direktoer])
  { to: '/rapporter/kvartal', label: reportMessages.navLabel, roles: ['sundhedsstab', 'direktoer'] },
  // cofinancingOverview, cofinancingCard (and /api/cofinancing/*): @auth(requires: [sundhedsstab, direktoer])
  { to: '/medfinansiering', label: cofinancingUi.nav, roles: ['sundhedsstab', 'direktoer'] },
  // proposals, proposal, prices: @auth(requires: [sundhedsstab, direktoer, projektleder])
  { to: '/forslag', label: proposalsUi.navLabel, roles: ['sundhedsstab', 'direktoer', 'projektleder'] },
  { to: '/priser', label: proposalsUi.pricesNavLabel, roles: ['sundhedsstab', 'direktoer', 'projektleder'] },
];

/** The items a role may use, in menu order. */
export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

/** Pages outside the menu with their own roles (the SDL's @auth roles of what they run). */
const otherPages: readonly Pick<NavItem, 'to' | 'roles'>[] = [
  // project (/projekter/:id): @auth(requires: [sundhedsstab, direktoer, projektleder])
  { to: '/projekter/side', roles: ['sundhedsstab', 'direktoer', 'projektleder'] },
  // outbox: @auth(requires: [sundhedsstab, frontmedarbejder])
  { to: '/tilbud/udbakke', roles: ['sundhedsstab', 'frontmedarbejder'] },
  // createOffer, updateOffer, reviewQueue, importOffersCsv …: the staff unit maintains the catalogue.
  { to: '/tilbud/vedligehold', roles: ['sundhedsstab'] },
  // reformTransfers, markReformTransfer: @auth(requires: [sundhedsstab]) ("Opgaver der flytter til regionen").
  { to: '/tilbud/opgaveflyt', roles: ['sundhedsstab'] },
  { to: '/tilbud/ny', roles: ['sundhedsstab'] },
  { to: '/tilbud/rediger', roles: ['sundhedsstab'] },
  // createProject, updateProject, closeProject, moveProject: @auth(requires: [sundhedsstab])
  { to: '/projekter/ny', roles: ['sundhedsstab'] },
  { to: '/projekter/rediger', roles: ['sundhedsstab'] },
  { to: '/projekter/luk', roles: ['sundhedsstab'] },
  { to: '/projekter/flyt', roles: ['sundhedsstab'] },
  // createClusterMeeting: [klyngesekretariat]; createBodyMeeting: [sundhedsstab];
  // updateClusterMeeting: [klyngesekretariat, sundhedsstab] (ADR 047)
  { to: '/klynge/moeder/ny', roles: ['klyngesekretariat', 'sundhedsstab'] },
  { to: '/klynge/moeder/rediger', roles: ['klyngesekretariat', 'sundhedsstab'] },
  { to: '/forslag/moeder', roles: ['sundhedsstab', 'direktoer'] },
];

/** Whether a role may open the page at a path (a menu page or one of the other pages). */
export function mayVisit(role: Role, path: string): boolean {
  const item = [...navItems, ...otherPages].find((candidate) => candidate.to === path);
  return (item?.roles ?? everyone).includes(role);
}
