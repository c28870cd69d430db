import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { projectInputSchema } from '@sundhed/shared';
import { formatDate, parseDanishDate, projectsUi as t } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { ConflictPanel } from '../../components/ConflictPanel';
import { changedMeanwhile, inputText, ownChanges, type Values } from '../../components/conflict';
import { sourceDraftOf, sourceValueOf, type SourceDraft } from '../../components/SourceInput';
import { SourceDisclosure } from './SourceDisclosure';
import type { ProjectInput } from '../../__generated__/graphql';
import { useFormSubmit } from '../themes/useFormSubmit';
import { emptyToNull, validateInput } from '../themes/validateInput';
import type { EditableProject } from './portfolioQueries';
import { statusOptions, type Option } from './projectOptions';
import { CREATE_PROJECT_MUTATION, forgetPortfolio, UPDATE_PROJECT_MUTATION } from './projectMutations';

/** The plain fields a CONFLICT compares (the sources stay as the user typed them). */
const FIELDS = [
  'name',
  'description',
  'purpose',
  'targetGroup',
  'themeId',
  'status',
  'startDate',
  'endDate',
  'evaluationMethod',
  'evaluationResult',
  'evaluationDate',
  'evaluationUrl',
] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;

const DATE_FIELDS: readonly string[] = ['startDate', 'endDate', 'evaluationDate'];

const valuesOf = (v: Values) => Object.fromEntries(FIELDS.map((f) => [f, v[f] ?? null])) as Values;

function textsOf(project: EditableProject | undefined): Texts {
  return {
    name: project?.name ?? '',
    description: project?.description ?? '',
    purpose: project?.purpose ?? '',
    targetGroup: project?.targetGroup ?? '',
    themeId: project?.theme?.id ?? '',
    status: project?.status ?? 'PLANNED',
    startDate: project?.startDate ?? '',
    endDate: project?.endDate ?? '',
    evaluationMethod: project?.evaluationMethod ?? '',
    evaluationResult: project?.evaluationResult ?? '',
    evaluationDate: project?.evaluationDate ?? '',
    evaluationUrl: project?.evaluationUrl ?? '',
  };
}

/** What the form holds, as the values a CONFLICT reports: empty is null, a typed date its ISO day. */
function valuesFromTexts(texts: Texts): Values {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const value = emptyToNull(texts[f]);
      return [f, value && DATE_FIELDS.includes(f) ? (parseDanishDate(value) ?? value) : value];
    }),
  );
}

interface ProjectFormProps {
  /** The project to change; absent to create one. */
  project?: EditableProject;
  units: Option[];
  themes: Option[];
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/**
 * Creates a project or changes all its fields: name, description, purpose and target group with their
 * sources, owner (on create; later through "Flyt projekt"), theme, dates (15.2.2027 or 2027-02-15),
 * status and the evaluation with its source. Validated with the shared schema before sending; the API's
 * field messages and a CONFLICT keep what the user typed.
 */
export function ProjectForm({ project, units, themes, onSaved, onCancel }: ProjectFormProps) {
  const id = project ? `project-${project.id}` : 'project-new';
  const [texts, setTexts] = useState<Texts>(() => textsOf(project));
  const [ownerUnitId, setOwnerUnitId] = useState(project?.ownerUnit?.id ?? '');
  const [purposeSource, setPurposeSource] = useState<SourceDraft>(() => sourceDraftOf(project?.purposeSource));
  const [targetGroupSource, setTargetGroupSource] = useState<SourceDraft>(() =>
    sourceDraftOf(project?.targetGroupSource),
  );
  const [evaluationSource, setEvaluationSource] = useState<SourceDraft>(() => sourceDraftOf(project?.evaluationSource));
  const [source, setSource] = useState<SourceDraft>(() => sourceDraftOf(project?.source));
  const [createProject] = useMutation(CREATE_PROJECT_MUTATION, { update: forgetPortfolio });
  const [updateProject] = useMutation(UPDATE_PROJECT_MUTATION, { update: forgetPortfolio });
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  // The version and values this form edits from (ADR 016).
  const [edited, setEdited] = useState(() => ({
    version: project?.version ?? 0,
    base: project ? valuesFromTexts(textsOf(project)) : {},
  }));
  const mine = valuesFromTexts(texts);
  const set = (field: Field) => (value: string) => setTexts((current) => ({ ...current, [field]: value }));

  const save = async (values: Texts, version: number) => {
    const text = (f: Field) => emptyToNull(values[f]);
    const checked = validateInput(projectInputSchema, {
      name: values.name,
      ownerUnitId,
      description: text('description'),
      purpose: text('purpose'),
      purposeSource: sourceValueOf(purposeSource),
      targetGroup: text('targetGroup'),
      targetGroupSource: sourceValueOf(targetGroupSource),
      themeId: text('themeId'),
      status: values.status,
      startDate: text('startDate'),
      endDate: text('endDate'),
      evaluationMethod: text('evaluationMethod'),
      evaluationResult: text('evaluationResult'),
      evaluationDate: text('evaluationDate'),
      evaluationUrl: text('evaluationUrl'),
      evaluationSource: sourceValueOf(evaluationSource),
      source: sourceValueOf(source),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = checked.value as ProjectInput;
    let savedId = project?.id ?? '';
    const saved = await run(async () => {
      if (project) {
        await updateProject({ variables: { id: project.id, version, input } });
      } else {
        const result = await createProject({ variables: { input } });
        savedId = result.data?.createProject.id ?? '';
      }
    });
    if (saved && savedId) onSaved(savedId);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(texts, edited.version);
  };

  /** "Gem mine ændringer igen": the user's own changes on top of the stored version. */
  const moveOn = (keepMine: boolean) => {
    if (!conflict) return;
    const current = valuesOf(conflict.current);
    const next = keepMine ? { ...current, ...ownChanges(mine, edited.base) } : current;
    const nextTexts = Object.fromEntries(FIELDS.map((f) => [f, inputText(next[f])])) as Texts;
    if (!nextTexts.status) nextTexts.status = texts.status;
    setTexts(nextTexts);
    setEdited({ version: conflict.currentVersion, base: current });
    if (keepMine) void save(nextTexts, conflict.currentVersion);
    else setConflict(null);
  };

  const themeName = (themeId: unknown) => themes.find((theme) => theme.id === themeId)?.name;
  const formatValue = (field: string, value: unknown): string | undefined => {
    if (field === 'themeId') return value ? themeName(value) : t.chooseTheme;
    if (DATE_FIELDS.includes(field) && typeof value === 'string' && parseDanishDate(value))
      return formatDate(parseDanishDate(value) ?? value);
    return undefined;
  };

  const textField = (field: Field, options: { area?: boolean; optional?: boolean; hint?: string } = {}): ReactNode => (
    <FormField
      id={`${id}-${field}`}
      label={t.labels[field as keyof typeof t.labels]}
      hint={options.hint}
      optional={options.optional === false ? undefined : t.optional}
      error={errorFor(field)}
    >
      {(control) =>
        options.area ? (
          <textarea {...control} rows={3} value={texts[field]} onChange={(e) => set(field)(e.target.value)} />
        ) : (
          <input
            {...control}
            type={field === 'evaluationUrl' ? 'url' : 'text'}
            size={DATE_FIELDS.includes(field) ? 12 : undefined}
            value={texts[field]}
            onChange={(e) => set(field)(e.target.value)}
          />
        )
      }
    </FormField>
  );

  return (
    <form className="form project-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary issues={issues} idPrefix={id} title={t.errorSummary} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={changedMeanwhile(conflict, edited.base, FIELDS).filter((f) =>
            (FIELDS as readonly string[]).includes(f),
          )}
          mine={ownChanges(mine, edited.base)}
          saving={saving}
          format={formatValue}
          onReapply={() => moveOn(true)}
          onDiscard={() => moveOn(false)}
        />
      )}
      <h2>{t.sections.basics}</h2>
      {textField('name', { optional: false })}
      {textField('description', { area: true })}
      {project ? (
        <p className="project-form__owner">
          {t.labels.ownerUnitId}: {project.ownerUnit?.name ?? '–'}. {t.ownerFixed}
        </p>
      ) : (
        <FormField id={`${id}-ownerUnitId`} label={t.labels.ownerUnitId} error={errorFor('ownerUnitId')}>
          {(control) => (
            <select {...control} value={ownerUnitId} onChange={(e) => setOwnerUnitId(e.target.value)}>
              <option value="">{t.chooseUnit}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id={`${id}-themeId`} label={t.labels.themeId} optional={t.optional} error={errorFor('themeId')}>
        {(control) => (
          <select {...control} value={texts.themeId} onChange={(e) => set('themeId')(e.target.value)}>
            <option value="">{t.chooseTheme}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <h2>{t.sections.purpose}</h2>
      {textField('purpose', { area: true })}
      <SourceDisclosure
        idPrefix={id}
        name="purposeSource"
        legend={t.purposeSource}
        value={purposeSource}
        onChange={setPurposeSource}
        errorFor={errorFor}
      />
      {textField('targetGroup', { area: true })}
      <SourceDisclosure
        idPrefix={id}
        name="targetGroupSource"
        legend={t.targetGroupSource}
        value={targetGroupSource}
        onChange={setTargetGroupSource}
        errorFor={errorFor}
      />

      <h2>{t.sections.period}</h2>
      <div className="form__row">
        {textField('startDate', { hint: t.dateHint })}
        {textField('endDate', { hint: t.dateHint })}
      </div>
      <FormField id={`${id}-status`} label={t.labels.status} error={errorFor('status')}>
        {(control) => (
          <select {...control} value={texts.status} onChange={(e) => set('status')(e.target.value)}>
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <h2>{t.sections.evaluation}</h2>
      {textField('evaluationMethod', { area: true })}
      {textField('evaluationResult', { area: true })}
      <div className="form__row">
        {textField('evaluationDate', { hint: t.dateHint })}
        {textField('evaluationUrl', { hint: t.urlHint })}
      </div>
      <SourceDisclosure
        idPrefix={id}
        name="evaluationSource"
        legend={t.evaluationSource}
        value={evaluationSource}
        onChange={setEvaluationSource}
        errorFor={errorFor}
      />

      <h2>{t.sections.source}</h2>
      <SourceDisclosure
        idPrefix={id}
        name="source"
        legend={t.projectSource}
        value={source}
        onChange={setSource}
        errorFor={errorFor}
      />

      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
