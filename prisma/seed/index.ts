// The demo data set, built from the municipality's documents. Pure data; see apps/api/src/seed/.
export {
  cluster,
  clusterBodies,
  clusters,
  CLUSTER_NAME,
  HEALTH_COUNCIL_NAME,
  MEETING_2023_01_18,
  MEETING_2023_04_26,
} from './cluster';
export { homeMunicipality, municipalities, regions } from './geography';
export { municipalBodies, orgUnits, regionalBodies } from './organisation';
export { movedProjectNames, projects } from './projects';
export { documents, sources, type SourceKey } from './sources';
export { themes } from './themes';
export type * from './types';
export { comparisonSets } from './cofinancing';
export { fundingFlows, type FundingFlowSeed } from './fundingFlows';
export { prices, proposals, type PriceSeed, type ProposalSeed } from './proposals';
