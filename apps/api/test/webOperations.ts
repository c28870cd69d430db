// Every GraphQL operation of the web app (apps/web/src) with the roles whose screens run it, from the
// route guards (apps/web/src/features/shell/navItems.ts) and the role checks inside the pages.
// accessPaths.test.ts checks that the access rules let each of those roles through, and that no
// operation of the web app is missing here.
import { Kind, type DocumentNode } from 'graphql';
import type { Role } from '../src/__generated__/graphql';
import { ME_QUERY } from '../../web/src/features/auth/useViewer';
import { SIGN_IN_DEMO_MUTATION, SIGN_IN_MUTATION } from '../../web/src/features/auth/useSignIn';
import { AUTH_CONFIG_QUERY } from '../../web/src/features/auth/useAuthConfig';
import { SIGN_OUT_EVERYWHERE_MUTATION, SIGN_OUT_MUTATION } from '../../web/src/features/shell/useSignOut';
import { LOCAL_ACCOUNTS_QUERY, SET_ACCOUNT_DISABLED_MUTATION } from '../../web/src/features/auth/accountQueries';
import { OVERVIEW_QUERY } from '../../web/src/features/overview/useOverview';
import { NEED_CATEGORIES_QUERY, SEARCH_OFFERS_QUERY } from '../../web/src/features/offers/searchQueries';
import { OFFLINE_CATALOGUE_QUERY } from '../../web/src/features/offers/offline/offlineQuery';
import { OFFER_QUERY, OUTBOX_QUERY, PUBLIC_OFFER_QUERY } from '../../web/src/features/offers/offerQueries';
import {
  ASSURE_OFFERS_MUTATION,
  REPORT_OFFER_ERROR_MUTATION,
  SEND_OFFER_BY_SMS_MUTATION,
  SEND_OFFER_MUTATION,
  SET_OFFER_STATUS_MUTATION,
} from '../../web/src/features/offers/offerMutations';
import {
  HANDOUT_LANGUAGES_QUERY,
  OFFER_IN_LANGUAGE_QUERY,
  OFFER_TRANSLATIONS_QUERY,
  PUBLIC_OFFER_IN_LANGUAGE_QUERY,
  SAVE_OFFER_TRANSLATION_MUTATION,
} from '../../web/src/features/offers/handout/handoutQueries';
import { CREATE_OFFER_MUTATION, UPDATE_OFFER_MUTATION } from '../../web/src/features/offers/offerFormMutations';
import {
  IMPORT_CSV_MUTATION,
  OPEN_REPORTS_QUERY,
  RESOLVE_REPORT_MUTATION,
  REVIEW_QUEUE_QUERY,
  SYNONYMS_QUERY,
  UPDATE_SYNONYMS_MUTATION,
} from '../../web/src/features/offers/maintenanceQueries';
import {
  CREATE_BUDGET_LINE_MUTATION,
  CREATE_MILESTONE_MUTATION,
  CREATE_PROJECT_BUDGET_LINE_MUTATION,
  CREATE_PROJECT_MILESTONE_MUTATION,
  DELETE_BUDGET_LINE_MUTATION,
  DELETE_MILESTONE_MUTATION,
  UPDATE_BUDGET_LINE_MUTATION,
  UPDATE_MILESTONE_MUTATION,
  UPDATE_THEME_MUTATION,
} from '../../web/src/features/themes/themeMutations';
import { THEME_QUERY, THEMES_QUERY } from '../../web/src/features/themes/themeQueries';
// The project page (/projekter/:id).
import { PROJECT_DETAIL_QUERY } from '../../web/src/features/projects/page/projectPageQueries';
import {
  ADD_INDICATOR_VALUE_MUTATION,
  CREATE_INDICATOR_MUTATION,
  CREATE_STATUS_REPORT_MUTATION,
  UPDATE_INDICATOR_MUTATION,
  UPDATE_INDICATOR_VALUE_MUTATION,
  UPDATE_STATUS_REPORT_MUTATION,
} from '../../web/src/features/projects/page/projectPageMutations';
import { SOCIAL_GROUPS_QUERY } from '../../web/src/features/organisation/SocialGroups';
import { ORG_UNITS_QUERY } from '../../web/src/features/organisation/OrgUnitTree';
import { BODIES_QUERY } from '../../web/src/features/organisation/BodiesSection';
import {
  COFINANCING_RATE_SETS_QUERY,
  COFINANCING_SIMULATION_QUERY,
} from '../../web/src/features/calculations/calculationQueries';
import { CLUSTERS_QUERY } from '../../web/src/features/cluster/useClusters';
import { BODIES_ON_QUERY } from '../../web/src/features/cluster/useBodiesOn';
import { MARK_REFORM_TRANSFER_MUTATION, REFORM_TRANSFERS_QUERY } from '../../web/src/features/reform/reformQueries';
import { FUNDING_FLOWS_QUERY, SAVE_FUNDING_FLOW_MUTATION } from '../../web/src/features/cofinancing/fundingFlowQueries';
import { CLUSTER_MEETING_QUERY, PUBLIC_MINUTES_QUERY } from '../../web/src/features/cluster/meetings/meetingQueries';
import {
  CHANGE_GRANT_AMOUNT_MUTATION,
  CREATE_AGENDA_ITEM_MUTATION,
  CREATE_BODY_MEETING_MUTATION,
  CREATE_FOLLOW_UP_MUTATION,
  CREATE_GRANT_MUTATION,
  CREATE_MEETING_MUTATION,
  PUBLISH_MEETING_MUTATION,
  RECORD_DECISION_MUTATION,
  SPLIT_GRANT_MUTATION,
  UPDATE_AGENDA_ITEM_MUTATION,
  UPDATE_FOLLOW_UP_MUTATION,
  UPDATE_MEETING_MUTATION,
} from '../../web/src/features/cluster/meetings/meetingMutations';
import { QUARTERLY_REPORT_QUERY } from '../../web/src/features/reports/reportQueries';
import { PROJECT_FORM_QUERY, PROJECT_PORTFOLIO_QUERY } from '../../web/src/features/projects/portfolioQueries';
import { PROJECT_OPTIONS_QUERY } from '../../web/src/features/projects/projectOptions';
import {
  CLOSE_PROJECT_MUTATION,
  CREATE_PROJECT_MUTATION,
  MOVE_PROJECT_MUTATION,
  UPDATE_PROJECT_MUTATION,
} from '../../web/src/features/projects/projectMutations';
import { ATTENTION_ITEMS_QUERY } from '../../web/src/features/overview/attentionQuery';
import { THEME_HISTORY_QUERY } from '../../web/src/features/themes/themeQueries';
import {
  ADD_CONCEPT_TERM_MUTATION,
  ADD_OFFER_KEYWORD_MUTATION,
  ADD_SEARCH_SYNONYM_MUTATION,
  KEYWORD_OFFERS_QUERY,
  REPORT_SEARCH_NOT_OPENED_MUTATION,
  SEARCH_MISSES_QUERY,
} from '../../web/src/features/offers/searchLearning/searchMissQueries';
import {
  MUNICIPAL_VOCABULARY_QUERY,
  SAVE_MUNICIPAL_CONCEPT_MUTATION,
} from '../../web/src/features/offers/searchLearning/vocabularyQueries';
import {
  COFINANCING_CARD_QUERY,
  COFINANCING_OVERVIEW_QUERY,
  COFINANCING_RATE_SETS_QUERY as COFINANCING_EDITABLE_RATE_SETS_QUERY,
  COFINANCING_SETS_QUERY,
  COFINANCING_THEME_F_QUERY,
  SAVE_COFINANCING_RATE_RULE_MUTATION,
  SAVE_COFINANCING_SET_MUTATION,
  SET_COFINANCING_THRESHOLD_MUTATION,
} from '../../web/src/features/cofinancing/cofinancingQueries';
import {
  BODIES_FOR_STAGES,
  CHANGE_STAGE,
  COMMENT_PROPOSAL,
  COMPARE_VERSIONS,
  CREATE_CASE,
  CREATE_PRICE,
  CREATE_PRICE_INDEX,
  CREATE_PROPOSAL,
  PRICES_QUERY,
  PROPOSAL_FORM_OPTIONS_QUERY,
  PROPOSAL_QUERY,
  PROPOSALS_QUERY,
  PROPOSAL_OFFER_OPTIONS,
  PROPOSAL_PROJECT_OPTIONS,
  UPDATE_PROPOSAL,
  FOLLOW_INDICATOR,
  SAVE_CASE_VERSION,
  UPDATE_PRICE,
  UPDATE_PRICE_INDEX,
} from '../../web/src/features/proposals/proposalQueries';
import { BODY_MEETINGS_QUERY } from '../../web/src/features/proposals/BodyMeetingsPage';
import { DISMISS_NOTICE, PROPOSAL_NOTICES_QUERY } from '../../web/src/features/proposals/proposalNoticeQueries';

/** null: an anonymous caller (the sign-in page and the public offer page). */
export type WebCaller = Role | null;

export interface WebOperation {
  name: string;
  document: DocumentNode;
  roles: WebCaller[];
}

const everyone: Role[] = ['sundhedsstab', 'frontmedarbejder', 'direktoer', 'klyngesekretariat', 'projektleder'];
const offerReaders: Role[] = ['sundhedsstab', 'frontmedarbejder', 'direktoer']; // /tilbud, /tilbud/:id, print sheet
const municipalityReaders: Role[] = ['sundhedsstab', 'direktoer']; // /, /temaer, /beregninger, the unit tree
const organisationReaders: Role[] = ['sundhedsstab', 'direktoer', 'klyngesekretariat']; // /organisation, /klynge
const staffUnit: Role[] = ['sundhedsstab']; // /tilbud/vedligehold, /tilbud/ny, editing on /temaer/:id
const senders: Role[] = ['sundhedsstab', 'frontmedarbejder']; // "Send til borger", /tilbud/udbakke

const op = (document: DocumentNode, roles: WebCaller[]): WebOperation => {
  const definition = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return {
    name: definition?.kind === Kind.OPERATION_DEFINITION ? (definition.name?.value ?? '?') : '?',
    document,
    roles,
  };
};

export const webOperations: WebOperation[] = [
  // The shell asks "who am I" of everyone; anonymous callers get null (checked against the server).
  op(ME_QUERY, everyone),
  // Sign-in: the answer is read as the account just signed in.
  op(SIGN_IN_MUTATION, everyone),
  op(SIGN_IN_DEMO_MUTATION, everyone),
  op(AUTH_CONFIG_QUERY, [null, ...everyone]),
  op(SIGN_OUT_MUTATION, everyone),
  op(SIGN_OUT_EVERYWHERE_MUTATION, everyone),
  // /konti: any role's account may be the administrator's (the service refuses everyone else, FORBIDDEN).
  op(LOCAL_ACCOUNTS_QUERY, everyone),
  op(SET_ACCOUNT_DISABLED_MUTATION, everyone),
  op(OVERVIEW_QUERY, municipalityReaders),
  op(SEARCH_OFFERS_QUERY, offerReaders),
  op(NEED_CATEGORIES_QUERY, offerReaders),
  op(OFFLINE_CATALOGUE_QUERY, offerReaders),
  op(OFFER_QUERY, offerReaders),
  op(PUBLIC_OFFER_QUERY, [null, ...everyone]),
  // The hand-out in the citizen's language (ADR 043): the public page is anonymous, the print sheet the reader's.
  op(HANDOUT_LANGUAGES_QUERY, [null, ...everyone]),
  op(PUBLIC_OFFER_IN_LANGUAGE_QUERY, [null, ...everyone]),
  op(OFFER_IN_LANGUAGE_QUERY, offerReaders),
  op(OFFER_TRANSLATIONS_QUERY, staffUnit),
  op(SAVE_OFFER_TRANSLATION_MUTATION, staffUnit),
  op(SEND_OFFER_BY_SMS_MUTATION, senders),
  op(OUTBOX_QUERY, senders),
  op(SEND_OFFER_MUTATION, senders),
  op(REPORT_OFFER_ERROR_MUTATION, offerReaders),
  op(SET_OFFER_STATUS_MUTATION, staffUnit),
  op(ASSURE_OFFERS_MUTATION, staffUnit),
  op(CREATE_OFFER_MUTATION, staffUnit),
  op(UPDATE_OFFER_MUTATION, staffUnit),
  op(REVIEW_QUEUE_QUERY, staffUnit),
  op(OPEN_REPORTS_QUERY, staffUnit),
  op(RESOLVE_REPORT_MUTATION, staffUnit),
  op(IMPORT_CSV_MUTATION, staffUnit),
  op(SYNONYMS_QUERY, staffUnit),
  op(UPDATE_SYNONYMS_MUTATION, staffUnit),
  op(THEMES_QUERY, municipalityReaders),
  op(THEME_QUERY, municipalityReaders),
  op(UPDATE_THEME_MUTATION, staffUnit),
  op(CREATE_MILESTONE_MUTATION, staffUnit),
  op(UPDATE_MILESTONE_MUTATION, staffUnit),
  op(DELETE_MILESTONE_MUTATION, staffUnit),
  op(CREATE_BUDGET_LINE_MUTATION, staffUnit),
  op(UPDATE_BUDGET_LINE_MUTATION, staffUnit),
  op(DELETE_BUDGET_LINE_MUTATION, staffUnit),
  // /projekter/:id: everyone who follows projects reads it; the staff unit edits it; the owning unit's
  // project lead writes status reports and indicator values.
  op(PROJECT_DETAIL_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(CREATE_PROJECT_MILESTONE_MUTATION, staffUnit),
  op(CREATE_PROJECT_BUDGET_LINE_MUTATION, staffUnit),
  op(CREATE_STATUS_REPORT_MUTATION, ['sundhedsstab', 'projektleder']),
  op(UPDATE_STATUS_REPORT_MUTATION, ['sundhedsstab', 'projektleder']),
  op(CREATE_INDICATOR_MUTATION, staffUnit),
  op(UPDATE_INDICATOR_MUTATION, staffUnit),
  op(ADD_INDICATOR_VALUE_MUTATION, ['sundhedsstab', 'projektleder']),
  op(UPDATE_INDICATOR_VALUE_MUTATION, ['sundhedsstab', 'projektleder']),
  op(SOCIAL_GROUPS_QUERY, organisationReaders),
  op(ORG_UNITS_QUERY, municipalityReaders),
  op(BODIES_QUERY, organisationReaders),
  op(COFINANCING_RATE_SETS_QUERY, municipalityReaders),
  op(COFINANCING_SIMULATION_QUERY, municipalityReaders),
  op(CLUSTERS_QUERY, organisationReaders),
  op(QUARTERLY_REPORT_QUERY, municipalityReaders), // /rapporter/kvartal
  // /projekter: the portfolio (a project lead: its unit's projects); the theme and owner filters are not
  // shown to a project lead, so only the municipality's readers load their options.
  op(PROJECT_PORTFOLIO_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(PROJECT_OPTIONS_QUERY, municipalityReaders),
  // /projekter/ny, /projekter/:id/rediger, /luk, /flyt: the staff unit.
  op(PROJECT_FORM_QUERY, staffUnit),
  op(CREATE_PROJECT_MUTATION, staffUnit),
  op(UPDATE_PROJECT_MUTATION, staffUnit),
  op(CLOSE_PROJECT_MUTATION, staffUnit),
  op(MOVE_PROJECT_MUTATION, staffUnit),
  op(ATTENTION_ITEMS_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']), // "Kræver opmærksomhed" on /, /opgaver
  op(THEME_HISTORY_QUERY, municipalityReaders), // the history on /temaer/:id
  op(BODIES_ON_QUERY, organisationReaders), // "Vis pr. dato" on /klynge
  op(REFORM_TRANSFERS_QUERY, staffUnit), // /tilbud/opgaveflyt
  op(MARK_REFORM_TRANSFER_MUTATION, staffUnit),
  op(SEARCH_MISSES_QUERY, staffUnit), // "Søgninger uden resultat" on /tilbud/vedligehold (ADR 041)
  op(ADD_SEARCH_SYNONYM_MUTATION, staffUnit),
  op(ADD_CONCEPT_TERM_MUTATION, staffUnit), // "Tilføj til begreb" (ADR 045)
  op(KEYWORD_OFFERS_QUERY, staffUnit), // "Tilføj som nøgleord til et tilbud" (ADR 054)
  op(ADD_OFFER_KEYWORD_MUTATION, staffUnit),
  op(REPORT_SEARCH_NOT_OPENED_MUTATION, offerReaders), // the search page, on leaving a search (ADR 054)
  op(MUNICIPAL_VOCABULARY_QUERY, staffUnit), // "Kommunens ordforråd" on /tilbud/vedligehold
  op(SAVE_MUNICIPAL_CONCEPT_MUTATION, staffUnit),
  // /klynge/moeder/:id and its print pages: everyone of /klynge (drafts for the secretariat only).
  op(CLUSTER_MEETING_QUERY, organisationReaders),
  op(PUBLIC_MINUTES_QUERY, [null, ...everyone]), // /offentligt/moeder/:id, no sign-in
  // The meeting page's forms: the secretariat for its cluster, the staff unit for its own bodies (ADR 047).
  ...[
    UPDATE_MEETING_MUTATION,
    PUBLISH_MEETING_MUTATION,
    CREATE_AGENDA_ITEM_MUTATION,
    UPDATE_AGENDA_ITEM_MUTATION,
    RECORD_DECISION_MUTATION,
  ].map((mutation) => op(mutation, ['klyngesekretariat', 'sundhedsstab'])),
  // "Nyt møde" in a cluster, grants and follow-ups: the secretariat.
  ...[
    CREATE_MEETING_MUTATION,
    CREATE_GRANT_MUTATION,
    CHANGE_GRANT_AMOUNT_MUTATION,
    SPLIT_GRANT_MUTATION,
    CREATE_FOLLOW_UP_MUTATION,
    UPDATE_FOLLOW_UP_MUTATION,
  ].map((mutation) => op(mutation, ['klyngesekretariat'])),
  // Co-financing (issue 13): /medfinansiering and the overview's card; the threshold is the staff unit's.
  op(COFINANCING_OVERVIEW_QUERY, municipalityReaders),
  op(FUNDING_FLOWS_QUERY, municipalityReaders), // the regime timeline on /medfinansiering (ADR 069)
  op(SAVE_FUNDING_FLOW_MUTATION, staffUnit),
  op(COFINANCING_CARD_QUERY, municipalityReaders),
  op(SET_COFINANCING_THRESHOLD_MUTATION, staffUnit),
  // Comparison sets, theme F and the rate-set editor (ADR 046): both read; the staff unit edits.
  op(COFINANCING_SETS_QUERY, municipalityReaders),
  op(COFINANCING_THEME_F_QUERY, municipalityReaders),
  op(COFINANCING_EDITABLE_RATE_SETS_QUERY, municipalityReaders),
  op(SAVE_COFINANCING_SET_MUTATION, staffUnit),
  op(SAVE_COFINANCING_RATE_RULE_MUTATION, staffUnit),
  // /forslag, /forslag/:id, /priser: the staff unit edits; the director and project leads read and comment.
  op(PROPOSALS_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(PROPOSAL_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(COMMENT_PROPOSAL, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(COMPARE_VERSIONS, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(PRICES_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']),
  op(PROPOSAL_FORM_OPTIONS_QUERY, staffUnit),
  op(BODIES_FOR_STAGES, staffUnit),
  op(CREATE_PROPOSAL, staffUnit),
  op(UPDATE_PROPOSAL, staffUnit),
  op(PROPOSAL_OFFER_OPTIONS, staffUnit), // the pickers of "Ret forslaget"
  op(PROPOSAL_PROJECT_OPTIONS, staffUnit),
  op(CHANGE_STAGE, staffUnit),
  op(CREATE_CASE, staffUnit),
  op(SAVE_CASE_VERSION, staffUnit),
  op(UPDATE_PRICE, staffUnit),
  op(CREATE_PRICE, staffUnit),
  op(CREATE_PRICE_INDEX, staffUnit),
  op(UPDATE_PRICE_INDEX, staffUnit),
  op(FOLLOW_INDICATOR, staffUnit), // realised against expected on a decided case (ADR 047)
  // /forslag/moeder: the meetings of Sundhedsforum and "Sammen om sundhed"; "Nyt møde i …" is the staff unit's.
  op(BODY_MEETINGS_QUERY, municipalityReaders),
  op(CREATE_BODY_MEETING_MUTATION, staffUnit),
  op(PROPOSAL_NOTICES_QUERY, ['sundhedsstab', 'direktoer', 'projektleder']), // /opgaver and the overview (/)
  op(DISMISS_NOTICE, ['sundhedsstab', 'direktoer', 'projektleder']),
];
