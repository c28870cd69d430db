// Every record type added later follows the same rule (issue 7, ADR 016): a mutation that changes a
// stored record names the version it edited, and the record it returns exposes its version. A new
// mutation fails this test until it is either versioned or listed below with the reason it needs none.
import { getNamedType, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLArgument } from 'graphql';
import { buildSchema } from '../server/schema';

/** Mutations that change no existing record's editable fields, and why. */
const UNVERSIONED: Record<string, string> = {
  noop: 'writes nothing (lets feature files extend Mutation)',
  signIn: 'creates a session',
  signInDemo: 'creates a session',
  signOut: 'ends a session',
  createOffer: 'creates a record at version 1',
  createMilestone: 'creates a record at version 1',
  createBudgetLine: 'creates a record at version 1',
  deleteMilestone: 'removes the row; nothing of it is kept to lose',
  deleteBudgetLine: 'removes the row; nothing of it is kept to lose',
  reportOfferError: 'creates a report at version 1',
  importOffersCsv: 'each row that changes an offer carries the exported version in its Version column',
  sendOfferToCitizen: 'only increments a counter atomically; no edited field',
  sendOfferBySms: 'only increments a counter atomically; no edited field',
  reportSearchNotOpened: 'only increments anonymous per-day word counts atomically (ADR 054); no edited record',
  createProject: 'creates a record at version 1',
  createProjectMilestone: 'creates a record at version 1',
  createProjectBudgetLine: 'creates a record at version 1',
  createStatusReport: 'creates a record at version 1 (one per project and quarter)',
  createIndicator: 'creates a record at version 1',
  addIndicatorValue: 'creates a record at version 1',
  createClusterMeeting: 'creates a record at version 1',
  createAgendaItem: 'creates a record at version 1',
  createGrant: 'creates a record at version 1 (with its first amount change)',
  createFollowUp: 'creates a record at version 1',
  markReformTransfer:
    'creates a mark at version 1 without a version; an existing mark is changed only with the version read (ADR 038)',
  handOverSecretariat:
    'a one-time hand-over to the successor: refused once done, so there is no edit to lose (ADR 038)',
  signOutEverywhere: 'ends sessions; edits no record',
  setAccountDisabled: 'sets one flag to the value given (audited); saving it twice gives the same state',
  createBodyMeeting: 'creates a record at version 1',
  saveCofinancingComparisonSet:
    'creates a set at version 1 without an id; changing one requires the version read in its input (CONFLICT)',
  saveFundingFlow:
    'creates a flow at version 1 without an id; changing one requires the version read (CONFLICT when stale, ADR 069)',
  setCofinancingThreshold: 'takes the settings version read and answers the new version',
  saveCofinancingRateRule:
    'takes the version read in its input (0 for a shipped rule not changed before), CONFLICT when stale; the rule carries its version',
  createProposal: 'creates a record at version 1',
  commentProposal: 'adds a comment; comments are never edited',
  dismissProposalNotice: "marks the caller's own notice read; nothing typed to lose",
  createSavedBusinessCase: 'creates a record at version 1',
  createPrice: 'creates a record at version 1',
  createPriceIndex: 'creates a record at version 1',
  updatePrice: 'takes the version read; answers the re-run outcome with the price, which carries its version',
  updatePriceIndex: 'takes the version read; answers the re-run outcome with the index, which carries its version',
  addSearchSynonym: "takes the synonym list's version read (searchSynonymsVersion), CONFLICT when stale",
  addMunicipalConceptTerm:
    "appends one word to the concept's row as read in the same call (saved against that version, CONFLICT if another save lands between)",
  saveMunicipalConcept:
    'creates a concept at version 1 without an id; changing one requires the version read (CONFLICT when stale or missing)',
};

const isIntNonNull = (arg: GraphQLArgument) =>
  isNonNullType(arg.type) && getNullableType(arg.type).toString() === 'Int';
const isIntListNonNull = (arg: GraphQLArgument) =>
  isNonNullType(arg.type) && isListType(getNullableType(arg.type)) && arg.type.toString() === '[Int!]!';

test('every mutation that changes a record names its version, and the record exposes one', () => {
  const schema = buildSchema();
  const mutation = schema.getMutationType()!;
  const problems: string[] = [];
  for (const field of Object.values(mutation.getFields())) {
    if (UNVERSIONED[field.name]) continue;
    const version = field.args.find((a) => a.name === 'version');
    const versions = field.args.find((a) => a.name === 'versions');
    if (!(version && isIntNonNull(version)) && !(versions && isIntListNonNull(versions)))
      problems.push(`${field.name}: no required version argument`);
    const returned = getNamedType(field.type);
    if (isObjectType(returned)) {
      const v = returned.getFields().version;
      if (!v || v.type.toString() !== 'Int!') problems.push(`${field.name}: ${returned.name} has no version: Int!`);
    } else if (
      !schema.getQueryType()!.getFields()[
        `${field.name.replace(/^update/, '').replace(/^./, (c) => c.toLowerCase())}Version`
      ]
    ) {
      problems.push(`${field.name}: returns no record and no query gives the version`);
    }
  }
  expect(problems).toEqual([]);
  // The list above names only mutations that exist.
  expect(Object.keys(UNVERSIONED).filter((name) => !mutation.getFields()[name])).toEqual([]);
});
