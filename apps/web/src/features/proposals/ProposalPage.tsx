import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, proposalStageLabels, proposalsUi, stageChangeIssues, ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import type { ProposalStage } from '../../__generated__/graphql';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { AssumptionsForm, templateStart } from './AssumptionsForm';
import {
  BODIES_FOR_STAGES,
  CHANGE_STAGE,
  COMMENT_PROPOSAL,
  CREATE_CASE,
  PROPOSAL_QUERY,
  type ProposalData,
} from './proposalQueries';
import { errorsOf } from './errorsOf';
import { ProposalTreatments } from './ProposalTreatments';
import { SavedCaseView } from './SavedCaseView';
import { ProposalEditForm } from './ProposalEditForm';

const t = proposalsUi;

/** "/forslag/:id": a proposal with its way through the bodies, the comment thread and its business cases. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PROPOSAL_QUERY, { variables: { id } });
  const role = useViewer().data?.me?.role;
  const p = data?.proposal;
  useDocumentTitle(p?.title ?? t.listTitle);
  const canEdit = role === 'sundhedsstab';
  const [editing, setEditing] = useState(false);
  if (loading && !data) return <LoadingStatus text={t.loading} />;
  if (error && !data)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!p)
    return (
      <div className="page">
        <h1>{t.notFound}</h1>
        <Link to="/forslag">{t.back}</Link>
      </div>
    );
  const list = (items: { id: string; name: string }[]) =>
    items.length ? items.map((i) => i.name).join(', ') : t.facts.none;
  return (
    <div className="page proposal-page">
      <p className="no-print">
        <Link to="/forslag">{t.back}</Link>
      </p>
      <h1>{p.title}</h1>
      {canEdit && !editing && (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t.edit.open}
          </button>
        </p>
      )}
      {canEdit && editing && <ProposalEditForm p={p} onDone={() => setEditing(false)} />}
      <dl className="facts facts--wide">
        <div>
          <dt>{t.facts.stage}</dt>
          <dd>{p.stageLabel}</dd>
        </div>
        {p.statusNote && (
          <div>
            <dt>{t.facts.status}</dt>
            <dd>{p.statusNote}</dd>
          </div>
        )}
        <div>
          <dt>{t.facts.need}</dt>
          <dd>
            {p.need} <SourceButton source={p.needSource} label={`${t.facts.need}: ${p.title}`} />
          </dd>
        </div>
        {p.needEvidence && (
          <div>
            <dt>{t.facts.evidence}</dt>
            <dd>{p.needEvidence}</dd>
          </div>
        )}
        <div>
          <dt>{t.facts.targetGroup}</dt>
          <dd>{p.targetGroup ?? t.facts.none}</dd>
        </div>
        <div>
          <dt>{t.facts.unit}</dt>
          <dd>{p.responsibleUnit?.name ?? t.facts.none}</dd>
        </div>
        <div>
          <dt>{t.facts.offers}</dt>
          <dd>{list(p.offers)}</dd>
        </div>
        <div>
          <dt>{t.facts.projects}</dt>
          <dd>{list(p.linkedProjects)}</dd>
        </div>
        {p.project && (
          <div>
            <dt>{t.facts.project}</dt>
            <dd>
              <Link to={`/projekter/${p.project.id}`}>{p.project.name}</Link>
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t.timeline}</h2>
        {p.stageChanges.length === 0 ? (
          <p>{t.timelineEmpty}</p>
        ) : (
          <ol className="timeline">
            {p.stageChanges.map((c) => (
              <li key={c.id}>
                <strong>{formatDate(c.date)}</strong>: {c.toStageLabel}
                {c.bodyName ? ` (${c.bodyName}` : ''}
                {c.treatment && (
                  <>
                    {' '}
                    {t.treatments.atMeeting}{' '}
                    <Link to={`/klynge/moeder/${c.treatment.meetingId}`}>
                      {ui.cluster.agendaItem(c.treatment.number, c.treatment.title)}
                    </Link>
                  </>
                )}
                {c.bodyName ? ')' : ''}. {c.decisionText}{' '}
                <SourceButton source={c.source} label={`${c.toStageLabel} ${formatDate(c.date)}`} />
              </li>
            ))}
          </ol>
        )}
        {canEdit && <StageForm p={p} />}
      </section>

      <ProposalTreatments p={p} />

      <section aria-labelledby="cases">
        <h2 id="cases">{t.cases.title}</h2>
        {p.businessCases.length === 0 && <EmptyState text={t.cases.empty} />}
        {p.businessCases.map((c, i) => (
          <SavedCaseView key={c.id} c={c} canEdit={canEdit} headingId={`case-${i}`} />
        ))}
        {canEdit && <NewCase proposalId={p.id} />}
      </section>

      <Comments p={p} />
    </div>
  );
}

function StageForm({ p }: { p: ProposalData }) {
  const bodies = useQuery(BODIES_FOR_STAGES).data?.bodies ?? [];
  const [change, { loading }] = useMutation(CHANGE_STAGE, { refetchQueries: [PROPOSAL_QUERY] });
  const [toStage, setToStage] = useState<ProposalStage | ''>(p.allowedNextStages[0] ?? '');
  const [date, setDate] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [decisionText, setDecisionText] = useState('');
  const [sourceTitle, setSourceTitle] = useState('');
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const errorOf = (n: string) => issues.find((i) => fieldName(i.path) === n)?.message;
  if (p.allowedNextStages.length === 0) return <p>{t.stageForm.none}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = stageChangeIssues(p.stage, { toStage, date: date || null, decisionText });
    setIssues(local);
    if (local.length) return;
    try {
      await change({
        variables: {
          id: p.id,
          version: p.version,
          input: {
            toStage: toStage as ProposalStage,
            date,
            bodyId: bodyId || null,
            agendaItemId: agendaItemId || null,
            decisionText,
            source: sourceTitle.trim() ? { title: sourceTitle } : null,
          },
        },
      });
      setDecisionText('');
      setSourceTitle('');
    } catch (error) {
      setIssues(errorsOf(error));
    }
  }

  return (
    <form className="panel no-print" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="stage-form">
      <h3 id="stage-form">{t.stageForm.title}</h3>
      <ErrorSummary issues={issues} idPrefix="stage" />
      <FormField id="stage-toStage" label={t.stageForm.toStage} error={errorOf('toStage')}>
        {(c) => (
          <select {...c} value={toStage} onChange={(e) => setToStage(e.target.value as ProposalStage)}>
            {p.allowedNextStages.map((s) => (
              <option key={s} value={s}>
                {proposalStageLabels[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="stage-date" label={t.stageForm.date} hint={t.stageForm.dateHint} error={errorOf('date')}>
        {(c) => <input {...c} value={date} onChange={(e) => setDate(e.target.value)} />}
      </FormField>
      <FormField id="stage-bodyId" label={t.stageForm.body} optional={t.optional} error={errorOf('bodyId')}>
        {(c) => (
          <select {...c} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            <option value="">{t.stageForm.noBody}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {p.treatments.length > 0 && (
        <FormField
          id="stage-agendaItemId"
          label={t.stageForm.agendaItem}
          hint={t.stageForm.agendaItemHint}
          optional={t.optional}
          error={errorOf('agendaItemId')}
        >
          {(c) => (
            <select {...c} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
              <option value="">{t.stageForm.noAgendaItem}</option>
              {p.treatments.map((i) => (
                <option key={i.agendaItemId} value={i.agendaItemId}>
                  {t.treatments.item(i.bodyName ?? i.meetingTitle, formatDate(i.date), i.number, i.title)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField
        id="stage-decisionText"
        label={t.stageForm.decisionText}
        hint={t.stageForm.decisionHint}
        error={errorOf('decisionText')}
      >
        {(c) => <textarea {...c} rows={3} value={decisionText} onChange={(e) => setDecisionText(e.target.value)} />}
      </FormField>
      <FormField
        id="stage-source-title"
        label={t.stageForm.sourceTitle}
        optional={t.optional}
        error={errorOf('source-title')}
      >
        {(c) => <input {...c} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={loading}>
        {t.stageForm.submit}
      </button>
    </form>
  );
}

function NewCase({ proposalId }: { proposalId: string }) {
  const [create] = useMutation(CREATE_CASE, { refetchQueries: [PROPOSAL_QUERY] });
  return (
    <details className="panel no-print">
      <summary>{t.cases.newTitle}</summary>
      <AssumptionsForm
        idPrefix="new-case"
        start={templateStart('prevention')}
        withName
        submitLabel={t.cases.save}
        onSubmit={async ({ name, assumptions, reason }) => {
          await create({ variables: { proposalId, name, input: assumptions, reason } });
        }}
      />
    </details>
  );
}

function Comments({ p }: { p: ProposalData }) {
  const [comment, { loading }] = useMutation(COMMENT_PROPOSAL, { refetchQueries: [PROPOSAL_QUERY] });
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<{ id: string; name: string } | null>(null);
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await comment({ variables: { id: p.id, text, replyToId: replyTo?.id ?? null } });
      setText('');
      setReplyTo(null);
      setIssues([]);
    } catch (error) {
      setIssues(errorsOf(error));
    }
  }
  return (
    <section aria-labelledby="comments" className="no-print">
      <h2 id="comments">{t.comments.title}</h2>
      {p.comments.length === 0 ? (
        <p>{t.comments.empty}</p>
      ) : (
        <ul className="comment-list">
          {p.comments.map((c) => (
            <li key={c.id} className={c.replyToId ? 'comment comment--reply' : 'comment'}>
              <p>
                <strong>{c.authorName ?? ''}</strong> <span className="muted">{formatDateTime(c.createdAt)}</span>
                {c.answeredAt ? <span className="muted"> · {t.comments.answered}</span> : null}
              </p>
              <p>{c.text}</p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setReplyTo({ id: c.id, name: c.authorName ?? '' })}
              >
                {t.comments.reply}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary issues={issues} idPrefix="comment" />
        <FormField
          id="comment-text"
          label={replyTo ? t.comments.replyLabel(replyTo.name) : t.comments.label}
          error={issues.find((i) => fieldName(i.path) === 'text')?.message}
        >
          {(c) => <textarea {...c} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {t.comments.submit}
        </button>
      </form>
    </section>
  );
}
