import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { proposalsUi } from '../../shared';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { CentreField } from './CentreField';
import { changedMeanwhile, conflictFromError, inputText, ownChanges, type Conflict } from '../../components/conflict';
import { fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { errorsOf } from './errorsOf';
import { LinkPicker, type LinkItem } from './LinkPicker';
import {
  PROPOSAL_FORM_OPTIONS_QUERY,
  PROPOSAL_OFFER_OPTIONS,
  PROPOSAL_PROJECT_OPTIONS,
  PROPOSAL_QUERY,
  PROPOSALS_QUERY,
  UPDATE_PROPOSAL,
  type ProposalData,
} from './proposalQueries';

const t = proposalsUi;
const TEXT_FIELDS = ['title', 'need', 'needEvidence', 'targetGroup', 'responsibleUnitId', 'statusNote'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Texts = Record<TextField, string>;

const textsOf = (p: ProposalData): Texts => ({
  title: p.title,
  need: p.need,
  needEvidence: p.needEvidence ?? '',
  targetGroup: p.targetGroup ?? '',
  responsibleUnitId: p.responsibleUnit?.id ?? '',
  statusNote: p.statusNote ?? '',
});

/**
 * "Ret forslaget" (the staff unit): every field of the proposal with the offers and projects it builds on
 * (pickers that search the server). A save names the version it was opened at; on CONFLICT the form keeps
 * what the user typed and shows what the other person saved, to save on top of it or discard.
 */
export function ProposalEditForm({ p, onDone }: { p: ProposalData; onDone: () => void }) {
  const options = useQuery(PROPOSAL_FORM_OPTIONS_QUERY);
  const [update, { loading }] = useMutation(UPDATE_PROPOSAL, { refetchQueries: [PROPOSAL_QUERY, PROPOSALS_QUERY] });
  const [base, setBase] = useState<Texts & { version: number }>({ ...textsOf(p), version: p.version });
  const [values, setValues] = useState<Texts>(textsOf(p));
  const [sourceTitle, setSourceTitle] = useState(p.needSource?.title ?? '');
  const [offers, setOffers] = useState<LinkItem[]>(p.offers.map(({ id, name }) => ({ id, name })));
  const [projects, setProjects] = useState<LinkItem[]>(p.linkedProjects.map(({ id, name }) => ({ id, name })));
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const errorOf = (name: string) => issues.find((i) => fieldName(i.path) === name)?.message;
  const set = (key: TextField) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function save(version: number) {
    setIssues([]);
    const sourceChanged = sourceTitle.trim() !== (p.needSource?.title ?? '');
    const input = {
      title: values.title,
      need: values.need,
      needEvidence: values.needEvidence || null,
      targetGroup: values.targetGroup || null,
      responsibleUnitId: values.responsibleUnitId || null,
      statusNote: values.statusNote || null,
      offerIds: offers.map((o) => o.id),
      projectIds: projects.map((o) => o.id),
      // Only a changed source is sent: absent keeps the stored one (with its date and section).
      ...(sourceChanged ? { needSource: sourceTitle.trim() ? { title: sourceTitle.trim() } : null } : {}),
    };
    try {
      await update({ variables: { id: p.id, version, input } });
      setConflict(null);
      onDone();
    } catch (error) {
      const stale = conflictFromError(error);
      if (stale) setConflict(stale);
      else setIssues(errorsOf(error));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(conflict?.currentVersion ?? base.version);
  }

  function discard(c: Conflict) {
    const stored = Object.fromEntries(TEXT_FIELDS.map((f) => [f, inputText(c.current[f])])) as Texts;
    setValues(stored);
    setBase({ ...stored, version: c.currentVersion });
    setConflict(null);
  }

  const unitName = (id: unknown) => options.data?.orgUnits.find((u) => u.id === id)?.name;
  const centres = options.data?.orgUnits.filter((u) => u.kind === 'CENTRE') ?? [];
  const text = (key: Exclude<TextField, 'responsibleUnitId'>, rows?: number, hint?: string, optional = true) => (
    <FormField
      id={`edit-proposal-${key}`}
      label={key === 'statusNote' ? t.edit.statusNote : t.fields[key]}
      hint={hint}
      optional={optional ? t.optional : undefined}
      error={errorOf(key)}
    >
      {(c) =>
        rows ? (
          <textarea {...c} rows={rows} value={values[key]} onChange={(e) => set(key)(e.target.value)} />
        ) : (
          <input {...c} value={values[key]} onChange={(e) => set(key)(e.target.value)} />
        )
      }
    </FormField>
  );
  return (
    <section aria-labelledby="edit-proposal" className="panel no-print">
      <h2 id="edit-proposal">{t.edit.title}</h2>
      {conflict && (
        <ConflictPanel
          idPrefix="edit-proposal"
          conflict={conflict}
          fields={changedMeanwhile(conflict, base, TEXT_FIELDS)}
          mine={ownChanges(values, base)}
          saving={loading}
          format={(field, value) => (field === 'responsibleUnitId' && value ? unitName(value) : undefined)}
          onReapply={() => void save(conflict.currentVersion)}
          onDiscard={() => discard(conflict)}
        />
      )}
      <ErrorSummary issues={issues} idPrefix="edit-proposal" />
      <form onSubmit={submit} noValidate aria-labelledby="edit-proposal">
        {text('title', undefined, undefined, false)}
        {text('need', 3, t.fields.needHint, false)}
        {text('needEvidence', 2, t.fields.needEvidenceHint)}
        <FormField
          id="edit-proposal-needSource"
          label={t.edit.sourceTitle}
          hint={t.edit.sourceHint}
          optional={t.optional}
          error={errorOf('needSource')}
        >
          {(c) => <input {...c} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />}
        </FormField>
        {text('targetGroup')}
        <CentreField
          id="edit-proposal-responsibleUnitId"
          centres={centres}
          value={values.responsibleUnitId}
          onChange={set('responsibleUnitId')}
        />
        {text('statusNote', 2, t.edit.statusNoteHint)}
        <LinkPicker
          id="edit-proposal-offers"
          label={t.edit.offers}
          chosen={offers}
          onChange={setOffers}
          query={PROPOSAL_OFFER_OPTIONS}
          field="proposalOfferOptions"
        />
        <LinkPicker
          id="edit-proposal-projects"
          label={t.edit.projects}
          chosen={projects}
          onChange={setProjects}
          query={PROPOSAL_PROJECT_OPTIONS}
          field="proposalProjectOptions"
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t.edit.save}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t.edit.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
