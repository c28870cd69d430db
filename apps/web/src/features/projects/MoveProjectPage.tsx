import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { moveProjectInputSchema } from '@sundhed/shared';
import { projectsUi as t } from '../../shared';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { emptySource, SourceInput, sourceValueOf, type SourceDraft } from '../../components/SourceInput';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { emptyToNull, validateInput } from '../themes/validateInput';
import type { MoveProjectInput } from '../../__generated__/graphql';
import type { EditableProject } from './portfolioQueries';
import { ProjectLoader } from './ProjectLoader';
import { useProjectOptions, type Option } from './projectOptions';
import { forgetPortfolio, MOVE_PROJECT_MUTATION } from './projectMutations';
import { useVersionedSave } from './useVersionedSave';

const FIELDS = ['ownerUnitId'] as const;

/** Move to another unit: the unit, the day it takes over, why, and the decision behind it. */
function MoveProjectForm({
  project,
  units,
  onDone,
}: {
  project: EditableProject;
  units: Option[];
  onDone: (saved: boolean) => void;
}) {
  const id = `move-${project.id}`;
  const [toUnitId, setToUnitId] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [source, setSource] = useState<SourceDraft>(emptySource);
  const [moveProject] = useMutation(MOVE_PROJECT_MUTATION, { update: forgetPortfolio });
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict, version, changed, adoptStored } =
    useVersionedSave(project, FIELDS);
  const f = t.moveForm;
  const unitName = (unitId: unknown) => units.find((unit) => unit.id === unitId)?.name;

  const save = async (atVersion: number) => {
    const checked = validateInput(moveProjectInputSchema, {
      toUnitId,
      reason,
      date: emptyToNull(date),
      source: sourceValueOf(source),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = checked.value as MoveProjectInput;
    if (await run(() => moveProject({ variables: { id: project.id, version: atVersion, input } }))) onDone(true);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(version);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary issues={issues} idPrefix={id} title={t.errorSummary} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={changed}
          mine={{ ownerUnitId: toUnitId || null }}
          saving={saving}
          format={(field, value) => (field === 'ownerUnitId' ? unitName(value) : undefined)}
          onReapply={() => void save(adoptStored())}
          onDiscard={() => {
            setConflict(null);
            onDone(false);
          }}
        />
      )}
      <p>{f.currentOwner(project.ownerUnit?.name ?? '–')}</p>
      <FormField id={`${id}-toUnitId`} label={f.toUnitId} error={errorFor('toUnitId')}>
        {(control) => (
          <select {...control} value={toUnitId} onChange={(e) => setToUnitId(e.target.value)}>
            <option value="">{t.chooseUnit}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-date`} label={f.date} hint={f.dateHint} optional={t.optional} error={errorFor('date')}>
        {(control) => (
          <input {...control} type="text" size={12} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-reason`} label={f.reason} error={errorFor('reason')}>
        {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <SourceInput
        idPrefix={id}
        name="source"
        legend={f.source}
        value={source}
        onChange={setSource}
        errorFor={errorFor}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : f.submit}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function MoveProject({ project }: { project: EditableProject }) {
  const navigate = useNavigate();
  const { units } = useProjectOptions();
  useDocumentTitle(t.moveTitle(project.name));
  return (
    <>
      <h1>{t.moveTitle(project.name)}</h1>
      {project.closedOn ? (
        <p>
          {t.alreadyClosed} <Link to={`/projekter/${project.id}`}>{t.backToProject}</Link>
        </p>
      ) : (
        <MoveProjectForm project={project} units={units} onDone={() => void navigate(`/projekter/${project.id}`)} />
      )}
    </>
  );
}

/** "/projekter/:id/flyt" (the staff unit): move the project to another unit; afterwards, to the project page. */
export function MoveProjectPage() {
  const { id = '' } = useParams();
  return (
    <div className="page project-form-page">
      <ProjectLoader id={id}>{(project) => <MoveProject project={project} />}</ProjectLoader>
    </div>
  );
}
