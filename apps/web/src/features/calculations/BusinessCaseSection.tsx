import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { useFocusOnResult } from './useFocusOnResult';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { BusinessCaseForm } from './BusinessCaseForm';
import { BusinessCaseResultView } from './BusinessCaseResultView';
import { BUSINESS_CASE_EXAMPLES_QUERY, BUSINESS_CASE_QUERY, type JsonObject } from './calculationQueries';
import { fieldForPath } from './scenarioFields';
import { useFieldIssues } from './useFieldIssues';

const t = ui.calculations.businessCase;
const noIssues: never[] = [];

/** The business-case tab: examples to start from, the form, and the result. */
export function BusinessCaseSection() {
  const examples = useQuery(BUSINESS_CASE_EXAMPLES_QUERY);
  const [evaluate, result] = useLazyQuery(BUSINESS_CASE_QUERY, { fetchPolicy: 'network-only' });
  const issues = useFieldIssues(result.error, fieldForPath);
  const list = examples.data?.businessCaseExamples;
  const resultHeading = useFocusOnResult(result.data);
  const compute = (scenario: JsonObject) => void evaluate({ variables: { scenario } }).catch(() => undefined);

  if (examples.loading && !list) return <LoadingStatus />;
  if (examples.error && !list) {
    return (
      <ErrorPanel
        error={examples.error}
        retrying={examples.loading}
        onRetry={() => void examples.refetch().catch(() => undefined)}
      />
    );
  }
  return (
    <>
      {(!list || list.length === 0) && <EmptyState text={t.examplesEmpty} />}
      <BusinessCaseForm
        examples={list ?? []}
        computing={result.loading}
        serverIssues={issues ?? noIssues}
        onCompute={compute}
      />
      <section className="panel" aria-labelledby="bc-result-title" aria-busy={result.loading}>
        <h2 id="bc-result-title" className="result-heading" tabIndex={-1} ref={resultHeading}>
          {t.resultTitle}
        </h2>
        {result.loading ? (
          <LoadingStatus text={ui.calculations.computing} />
        ) : result.error && !issues ? (
          <ErrorPanel error={result.error} onRetry={() => void result.refetch().catch(() => undefined)} />
        ) : result.data && !result.error ? (
          <BusinessCaseResultView result={result.data.businessCase} />
        ) : (
          <EmptyState text={t.noResult} />
        )}
      </section>
    </>
  );
}
