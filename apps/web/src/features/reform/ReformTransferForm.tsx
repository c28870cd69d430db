import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, reformMessages as rm, reformUi as t } from '../../shared';
import type { ReformTask } from '../../__generated__/graphql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../components/SourceInput';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { errorMessage } from '../../components/errorMessage';
import { MARK_REFORM_TRANSFER_MUTATION, REFORM_TRANSFERS_QUERY, type ReformCandidateData } from './reformQueries';

const TASKS: ReformTask[] = ['PATIENT_PREVENTION', 'SPECIALISED_REHABILITATION', 'ACUTE_NURSING', 'TEMPORARY_PLACES'];

/** The staff unit's mark on one offer or project (ADR 038): moves or not, new owner, runs for the region, day, source. */
export function ReformTransferForm({
  candidate,
  onDone,
}: {
  candidate: ReformCandidateData;
  onDone: (message: string) => void;
}) {
  const stored = candidate.transfer;
  const prefix = `reform-${candidate.id}`;
  const [task, setTask] = useState<ReformTask>(stored?.task ?? 'PATIENT_PREVENTION');
  const [moves, setMoves] = useState(stored?.moves ?? true);
  const [newOwner, setNewOwner] = useState(stored?.newOwner ?? '');
  const [runsForRegion, setRunsForRegion] = useState(stored?.runsForRegion ?? false);
  const [effectiveDate, setEffectiveDate] = useState(stored ? formatDate(stored.effectiveDate) : '1.1.2027');
  const [note, setNote] = useState(stored?.note ?? '');
  const [source, setSource] = useState(sourceDraftOf(stored?.source));
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [mark, { loading }] = useMutation(MARK_REFORM_TRANSFER_MUTATION, { refetchQueries: [REFORM_TRANSFERS_QUERY] });
  const errorFor = (field: string) => issues.find((i) => fieldName(i.path) === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await mark({
        variables: {
          version: stored?.version ?? null,
          input: {
            ...(candidate.kind === 'OFFER' ? { offerId: candidate.id } : { projectId: candidate.id }),
            task,
            moves,
            newOwner: moves ? newOwner : null,
            runsForRegion: moves ? runsForRegion : false,
            effectiveDate,
            note: note.trim() === '' ? null : note,
            source: sourceValueOf(source),
          },
        },
      });
      setIssues([]);
      onDone(t.saved(candidate.name));
    } catch (error) {
      setIssues(fieldIssuesFromError(error) ?? [{ path: '', message: errorMessage(error) }]);
    }
  };

  return (
    <form className="reform-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t.formTitle(candidate.name)}>
      <ErrorSummary issues={issues} idPrefix={prefix} />
      <FormField id={`${prefix}-task`} label={t.fields.task} error={errorFor('task')}>
        {(c) => (
          <select {...c} value={task} onChange={(e) => setTask(e.target.value as ReformTask)}>
            {TASKS.map((k) => (
              <option key={k} value={k}>
                {rm.task[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset id={`${prefix}-moves`}>
        <legend>{t.fields.moves}</legend>
        <label>
          <input type="radio" name={`${prefix}-moves`} checked={moves} onChange={() => setMoves(true)} /> {t.fields.yes}
        </label>{' '}
        <label>
          <input type="radio" name={`${prefix}-moves`} checked={!moves} onChange={() => setMoves(false)} />{' '}
          {t.fields.no}
        </label>
      </fieldset>
      {moves && (
        <>
          <FormField id={`${prefix}-newOwner`} label={t.fields.newOwner} error={errorFor('newOwner')}>
            {(c) => <input {...c} type="text" value={newOwner} onChange={(e) => setNewOwner(e.target.value)} />}
          </FormField>
          <p>
            <label>
              <input
                id={`${prefix}-runsForRegion`}
                type="checkbox"
                checked={runsForRegion}
                onChange={(e) => setRunsForRegion(e.target.checked)}
              />{' '}
              {t.fields.runsForRegion}
            </label>
          </p>
        </>
      )}
      <FormField
        id={`${prefix}-effectiveDate`}
        label={t.fields.effectiveDate}
        hint={t.fields.effectiveDateHint}
        error={errorFor('effectiveDate')}
      >
        {(c) => <input {...c} type="text" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />}
      </FormField>
      <FormField id={`${prefix}-note`} label={t.fields.note} error={errorFor('note')}>
        {(c) => <textarea {...c} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <SourceInput idPrefix={prefix} value={source} onChange={setSource} errorFor={errorFor} />
      <button type="submit" className="button" disabled={loading}>
        {t.save}
      </button>
    </form>
  );
}
