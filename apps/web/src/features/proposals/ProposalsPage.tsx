import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, proposalsUi } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { CentreField } from './CentreField';
import { LoadingStatus } from '../../components/LoadingStatus';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CREATE_PROPOSAL, PROPOSAL_FORM_OPTIONS_QUERY, PROPOSALS_QUERY } from './proposalQueries';

const t = proposalsUi;

/** "/forslag": every proposal with its stage; the staff unit drafts new ones here. */
export function ProposalsPage() {
  useDocumentTitle(t.listTitle);
  const { data, loading, error, refetch } = useQuery(PROPOSALS_QUERY);
  const role = useViewer().data?.me?.role;
  const proposals = data?.proposals;
  return (
    <div className="page">
      <h1>{t.listTitle}</h1>
      <p className="lead">{t.listIntro}</p>
      {loading && !proposals ? (
        <LoadingStatus text={t.loading} />
      ) : error && !proposals ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : proposals && proposals.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : proposals ? (
        <div className="table-scroll" role="region" aria-label={t.listTitle} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t.listTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.stage}</th>
                <th scope="col">{t.columns.unit}</th>
                <th scope="col">{t.columns.updated}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/forslag/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>{p.stageLabel}</td>
                  <td>{p.responsibleUnit?.name ?? t.facts.none}</td>
                  <td>{formatDate(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {role === 'sundhedsstab' && <NewProposalForm />}
    </div>
  );
}

function NewProposalForm() {
  const navigate = useNavigate();
  const options = useQuery(PROPOSAL_FORM_OPTIONS_QUERY);
  const [create, { loading }] = useMutation(CREATE_PROPOSAL, { refetchQueries: [PROPOSALS_QUERY] });
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [values, setValues] = useState({
    title: '',
    need: '',
    needEvidence: '',
    targetGroup: '',
    responsibleUnitId: '',
  });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (name: string) => issues.find((i) => fieldName(i.path) === name)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIssues([]);
    try {
      const res = await create({
        variables: {
          input: {
            title: values.title,
            need: values.need,
            needEvidence: values.needEvidence || null,
            targetGroup: values.targetGroup || null,
            responsibleUnitId: values.responsibleUnitId || null,
          },
        },
      });
      if (res.data) void navigate(`/forslag/${res.data.createProposal.id}`);
    } catch (error) {
      setIssues(fieldIssuesFromError(error) ?? [{ path: '', message: String((error as Error).message) }]);
    }
  }

  const centres = options.data?.orgUnits.filter((u) => u.kind === 'CENTRE') ?? [];
  return (
    <section aria-labelledby="new-proposal" className="panel">
      <h2 id="new-proposal">{t.newTitle}</h2>
      <ErrorSummary issues={issues} idPrefix="proposal" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormField id="proposal-title" label={t.fields.title} error={errorOf('title')}>
          {(c) => <input {...c} value={values.title} onChange={(e) => set('title')(e.target.value)} />}
        </FormField>
        <FormField id="proposal-need" label={t.fields.need} hint={t.fields.needHint} error={errorOf('need')}>
          {(c) => <textarea {...c} rows={3} value={values.need} onChange={(e) => set('need')(e.target.value)} />}
        </FormField>
        <FormField
          id="proposal-needEvidence"
          label={t.fields.needEvidence}
          hint={t.fields.needEvidenceHint}
          optional={t.optional}
          error={errorOf('needEvidence')}
        >
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={values.needEvidence}
              onChange={(e) => set('needEvidence')(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="proposal-targetGroup"
          label={t.fields.targetGroup}
          optional={t.optional}
          error={errorOf('targetGroup')}
        >
          {(c) => <input {...c} value={values.targetGroup} onChange={(e) => set('targetGroup')(e.target.value)} />}
        </FormField>
        <CentreField
          id="proposal-responsibleUnitId"
          centres={centres}
          value={values.responsibleUnitId}
          onChange={set('responsibleUnitId')}
        />
        <button type="submit" className="button" disabled={loading}>
          {t.create}
        </button>
      </form>
    </section>
  );
}
