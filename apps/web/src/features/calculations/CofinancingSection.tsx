import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { useFocusOnResult } from './useFocusOnResult';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import {
  COFINANCING_RATE_SETS_QUERY,
  COFINANCING_SIMULATION_QUERY,
  type CofinancingSimulationVariables,
} from './calculationQueries';
import { CofinancingForm } from './CofinancingForm';
import { CofinancingResultView } from './CofinancingResultView';
import { useFieldIssues } from './useFieldIssues';
import { rateSetName } from './rateSetName';

const t = ui.calculations.cofinancing;
const noIssues: never[] = [];
/** Server paths are the argument names; the form's fields carry the same names. */
const sameField = (path: string) => path || 'activityCsv';

/** The co-financing tab: rate sets with their sources, the activity file, and the simulation. */
export function CofinancingSection() {
  const rateSets = useQuery(COFINANCING_RATE_SETS_QUERY);
  // no-cache: the activity file is a variable, and Apollo's cache would keep it in the browser's memory.
  const [simulate, result] = useLazyQuery(COFINANCING_SIMULATION_QUERY, { fetchPolicy: 'no-cache' });
  const [last, setLast] = useState<CofinancingSimulationVariables | null>(null);
  const issues = useFieldIssues(result.error, sameField);
  const sets = rateSets.data?.cofinancingRateSets;
  const resultHeading = useFocusOnResult(result.data);
  const run = (variables: CofinancingSimulationVariables) => {
    setLast(variables);
    void simulate({ variables }).catch(() => undefined);
  };

  if (rateSets.loading && !sets) return <LoadingStatus />;
  if (rateSets.error && !sets) {
    return (
      <ErrorPanel
        error={rateSets.error}
        retrying={rateSets.loading}
        onRetry={() => void rateSets.refetch().catch(() => undefined)}
      />
    );
  }
  if (!sets || sets.length === 0) return <EmptyState text={t.rateSetsEmpty} />;
  return (
    <>
      <CofinancingForm rateSets={sets} computing={result.loading} serverIssues={issues ?? noIssues} onCompute={run} />
      <section className="panel" aria-labelledby="cf-result-title" aria-busy={result.loading}>
        <h2 id="cf-result-title" className="result-heading" tabIndex={-1} ref={resultHeading}>
          {t.resultTitle}
        </h2>
        {result.loading ? (
          <LoadingStatus text={ui.calculations.computing} />
        ) : result.error && !issues ? (
          <ErrorPanel error={result.error} onRetry={() => last && run(last)} />
        ) : result.data && !result.error ? (
          <CofinancingResultView
            simulation={result.data.cofinancingSimulation}
            nameOf={(id) => {
              const set = sets.find((s) => s.id === id);
              return set ? rateSetName(set) : id;
            }}
          />
        ) : (
          <EmptyState text={t.noResult} />
        )}
      </section>
    </>
  );
}
