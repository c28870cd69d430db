import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { closeProjectInputSchema } from '@sundhed/shared';
import { projectsUi as t } from '../../shared';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { emptyToNull, validateInput } from '../themes/validateInput';
import type { CloseProjectInput } from '../../__generated__/graphql';
import type { EditableProject } from './portfolioQueries';
import { ProjectLoader } from './ProjectLoader';
import { CLOSE_PROJECT_MUTATION, forgetPortfolio } from './projectMutations';
import { useVersionedSave } from './useVersionedSave';

const FIELDS = ['status', 'closedOn', 'closedReason'] as const;

/** Close as done or cancelled, with the day and the reason. */
function CloseProjectForm({ project, onDone }: { project: EditableProject; onDone: (saved: boolean) => void }) {
  const id = `close-${project.id}`;
  const [status, setStatus] = useState('');
  const [closedOn, setClosedOn] = useState('');
  const [reason, setReason] = useState('');
  const [closeProject] = useMutation(CLOSE_PROJECT_MUTATION, { update: forgetPortfolio });
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict, version, changed, adoptStored } =
    useVersionedSave(project, FIELDS);
  const f = t.closeForm;

  const save = async (atVersion: number) => {
    const checked = validateInput(closeProjectInputSchema, {
      status: status || undefined,
      closedOn: emptyToNull(closedOn),
      reason,
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = checked.value as CloseProjectInput;
    if (await run(() => closeProject({ variables: { id: project.id, version: atVersion, input } }))) onDone(true);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(version);
  };
  const statusError = errorFor('status');

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary issues={issues} idPrefix={id} title={t.errorSummary} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={changed}
          mine={{ status: status || null, closedOn: emptyToNull(closedOn), closedReason: emptyToNull(reason) }}
          saving={saving}
          onReapply={() => void save(adoptStored())}
          onDiscard={() => {
            setConflict(null);
            onDone(false);
          }}
        />
      )}
      <fieldset
        className={statusError ? 'field field--error' : 'field'}
        aria-describedby={statusError ? `${id}-status-error` : undefined}
      >
        <legend>{f.status}</legend>
        {statusError && (
          <p id={`${id}-status-error`} className="field__error">
            {statusError}
          </p>
        )}
        {(['DONE', 'CANCELLED'] as const).map((value, index) => (
          <div className="checkbox-field" key={value}>
            <input
              type="radio"
              id={index === 0 ? `${id}-status` : `${id}-status-${value}`}
              name={`${id}-status`}
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            <label htmlFor={index === 0 ? `${id}-status` : `${id}-status-${value}`}>
              {value === 'DONE' ? f.done : f.cancelled}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={`${id}-closedOn`}
        label={f.closedOn}
        hint={f.closedOnHint}
        optional={t.optional}
        error={errorFor('closedOn')}
      >
        {(control) => (
          <input {...control} type="text" size={12} value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />
        )}
      </FormField>
      <FormField id={`${id}-reason`} label={f.reason} error={errorFor('reason')}>
        {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
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

function CloseProject({ project }: { project: EditableProject }) {
  const navigate = useNavigate();
  useDocumentTitle(t.closeTitle(project.name));
  return (
    <>
      <h1>{t.closeTitle(project.name)}</h1>
      {project.closedOn ? (
        <p>
          {t.alreadyClosed} <Link to={`/projekter/${project.id}`}>{t.backToProject}</Link>
        </p>
      ) : (
        <CloseProjectForm project={project} onDone={() => void navigate(`/projekter/${project.id}`)} />
      )}
    </>
  );
}

/** "/projekter/:id/luk" (the staff unit): close the project; afterwards, to the project page. */
export function CloseProjectPage() {
  const { id = '' } = useParams();
  return (
    <div className="page project-form-page">
      <ProjectLoader id={id}>{(project) => <CloseProject project={project} />}</ProjectLoader>
    </div>
  );
}
