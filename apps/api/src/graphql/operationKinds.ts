// What a cached query depends on (ADR 019): the kinds of data every field it selects is read from.
// A field's kinds come from FIELD_KINDS, else from its type's row in TYPE_KINDS (a type's scalar fields
// are columns of its own table); a field that leads to an object also depends on that object's kinds
// (which rows are listed). Anything not mapped, a new type or root field, counts as every kind: the
// fallback is conservative, a precise entry here only makes the cache hit more often.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DATA_KINDS, type DataKind } from '../db/scopeVersion';

type Kinds = readonly DataKind[] | 'uncached';

const PURE: readonly DataKind[] = []; // computed from the arguments or from code, not from the database

const TYPE_KINDS: Record<string, Kinds> = {
  Viewer: ['staff'],
  LocalAccount: ['staff'],
  AuthConfig: PURE,
  Cluster: ['cluster'],
  ClusterMember: ['cluster'],
  ClusterMeeting: ['cluster'],
  AgendaItem: ['cluster'],
  Grant: ['cluster'],
  GrantAmountChange: ['cluster'],
  Offer: ['offers'],
  NeedCategory: PURE,
  OfferLocation: ['offers'],
  OfferSchedule: ['offerDetails'],
  OfferChange: ['offerDetails'],
  OfferReport: ['offerDetails'],
  ReviewGroup: ['offers'],
  // The hand-out in the citizen's language (ADR 043).
  HandoutLanguage: ['languages'],
  HandoutTexts: ['languages'],
  OfferTranslation: ['offerDetails'],
  OutboxMessage: 'uncached', // held in memory, not in the database
  Region: ['geography'],
  Municipality: ['geography'],
  PopulationFigure: ['geography'],
  SocialGroup: ['geography'],
  OrgUnit: ['organisation'],
  Body: ['organisation'],
  BodyMember: ['organisation'],
  Overview: PURE,
  Project: ['projects'],
  ProjectOwnership: ['projects'],
  ProjectPage: ['projects'],
  QuarterRef: ['projects'],
  StatusReport: ['projects'],
  Indicator: ['projects'],
  IndicatorValue: ['projects'],
  // History rows (ChangeLog is a kind of its own; written with the record, whose own kind bumps too).
  ChangeEntry: ['history', 'staff'],
  // Computed from milestones, reports and budget lines of both kinds (attention.ts).
  AttentionItem: ['projects', 'themes'],
  OfferSearchHit: ['offers', 'synonyms'],
  OfferSearchResult: ['offers', 'synonyms'],
  QueryChip: PURE, // read from the search text (issue 11)
  SearchLayerConcept: ['synonyms'], // municipal concepts and broad synonym groups (ADR 045, 067)
  Theme: ['themes'],
  Milestone: ['themes'],
  BudgetLine: ['themes'],
  Source: ['sources'],
};
// The calculation engines (packages/calc) read no table.
for (const t of [
  'Payback',
  'BreakEven',
  'BusinessCaseBearer',
  'BusinessCaseYear',
  'TornadoRow',
  'SwitchingValue',
  'NpvPercentiles',
  'MonteCarloSummary',
  'BusinessCaseResult',
  'BusinessCaseExample',
  'CofinancingRule',
  'CofinancingRateSet',
  'KeyedAmount',
  'SeparateLedger',
  'CofinancingPaid',
  'CofinancingResult',
  'CofinancingDifference',
  'CofinancingSimulation',
])
  TYPE_KINDS[t] = PURE;
// Co-financing as management information (issue 13): imports, population and sets of every municipality.
for (const t of [
  'CofinancingPoint',
  'CofinancingComparison',
  'CofinancingBreakdownRow',
  'CofinancingLevelValue',
  'CofinancingPaidMonth',
  'CofinancingPreventableRow',
  'CofinancingImportBatch',
  'CofinancingRegimePeriod',
  'CofinancingComparisonSet',
  'CofinancingOverview',
  'CofinancingCard',
  'CofinancingThemeF',
  'CofinancingThemeFCell',
  'CofinancingEditableRateSet',
  'CofinancingEditableRule',
  'FundingFlow',
])
  TYPE_KINDS[t] = ['cofinancing', 'geography', 'sources'];

const FIELD_KINDS: Record<string, Kinds> = {
  'Query.searchSynonyms': ['synonyms'],
  'Query.searchVocabularyLayer': ['synonyms'],
  'Query.searchMisses': ['searchMisses', 'offers', 'synonyms'],
  'Query.searchesNotOpened': ['searchMisses'],
  'Query.health': PURE,
  'Query.outbox': 'uncached',
  // Links kept in the offer's own detail tables.
  'Offer.themes': ['offerDetails'],
  'Offer.projects': ['offerDetails'],
  'Offer.schedules': ['offerDetails'],
  'Offer.changes': ['offerDetails'],
  'Offer.translations': ['offerDetails'],
  'Offer.translation': ['offerDetails'],
  'Offer.assuredByName': ['staff'],
  'Offer.municipalityName': ['offers', 'geography'],
  'OfferSchedule.locationName': ['offerDetails', 'offers'],
  // Names looked up in other tables (resolvers in offers/, organisation/, cluster/).
  'OfferChange.userName': ['offerDetails', 'staff'],
  'OfferReport.reportedByName': ['offerDetails', 'staff'],
  'OfferReport.resolvedByName': ['offerDetails', 'staff'],
  'Body.ownerName': ['organisation', 'geography', 'cluster'],
  'BodyMember.name': ['organisation', 'geography'],
  'ClusterMember.name': ['cluster', 'geography', 'organisation'],
  'ClusterMember.representedBy': ['cluster', 'geography', 'organisation'],
  // Project follow-up (issue 9): roll-ups and names read from other kinds' tables.
  'Project.lateMilestoneCount': ['projects', 'themes'],
  'Project.missingFacts': ['projects', 'themes'],
  'Theme.lateMilestoneCount': ['themes', 'projects'],
  'StatusReport.authorName': ['projects', 'staff'],
  'IndicatorValue.enteredByName': ['projects', 'staff'],
  'ChangeEntry.oldValue': ['history', 'projects', 'organisation', 'themes', 'sources'],
  'ChangeEntry.newValue': ['history', 'projects', 'organisation', 'themes', 'sources'],
  'OfferChange.oldText': ['offerDetails', 'organisation', 'themes', 'projects'],
  'OfferChange.newText': ['offerDetails', 'organisation', 'themes', 'projects'],
};

/** The kinds an operation reads, or null when its result must not be cached. */
export function operationKinds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): readonly DataKind[] | null {
  const root = schema.getQueryType();
  if (operation.operation !== OperationTypeNode.QUERY || !root) return null;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const kinds = new Set<DataKind>();
  let cacheable = true;
  const add = (k: Kinds | undefined) => {
    if (k === 'uncached') cacheable = false;
    else for (const kind of k ?? DATA_KINDS) kinds.add(kind);
  };
  const visit = (type: GraphQLCompositeType, set: SelectionSetNode, spread: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (!isObjectType(type) || isAbstractType(type)) {
          add(undefined); // interfaces and unions: not used by this schema, so not mapped
          continue;
        }
        const field = type.getFields()[selection.name.value];
        if (!field) {
          add(undefined);
          continue;
        }
        const key = `${type.name}.${field.name}`;
        const named = getNamedType(field.type);
        if (key in FIELD_KINDS) add(FIELD_KINDS[key]);
        else if (type !== root) add(TYPE_KINDS[type.name]);
        else if (!isObjectType(named)) add(undefined); // a root field answering a scalar, not mapped
        if (isObjectType(named)) {
          add(TYPE_KINDS[named.name]);
          if (selection.selectionSet) visit(named, selection.selectionSet, spread);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const t = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (t && isObjectType(t)) visit(t, selection.selectionSet, spread);
        else add(undefined);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spread.has(fragment.name.value)) continue;
        const t = schema.getType(fragment.typeCondition.name.value);
        if (t && isObjectType(t)) visit(t, fragment.selectionSet, new Set([...spread, fragment.name.value]));
        else add(undefined);
      }
    }
  };
  visit(root, operation.selectionSet, new Set());
  return cacheable ? [...kinds].sort() : null;
}
