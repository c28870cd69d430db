import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ACCESS_ROUTES,
  fieldLabels,
  keywordOf,
  NEED_CATEGORIES,
  offerInputSchema,
  parseKronerInput,
} from '@sundhed/shared';
import { ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { FormField } from '../../components/FormField';
import { ORG_UNITS_QUERY } from '../organisation/OrgUnitTree';
import { useFormSubmit } from '../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../themes/validateInput';
import { CREATE_OFFER_MUTATION, UPDATE_OFFER_MUTATION } from './offerFormMutations';
import type { OfferDetailData } from './offerQueries';
import {
  locationDraft,
  locationInput,
  scheduleDraft,
  scheduleInput,
  type LocationDraft,
  type ScheduleDraft,
} from './form/drafts';
import { LocationsEditor } from './form/LocationsEditor';
import { SchedulesEditor } from './form/SchedulesEditor';
import { TagInput, type TagTexts } from './form/TagInput';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ownChanges, type Values } from '../../components/conflict';

const TEXT_FIELDS = [
  'name',
  'shortDescription',
  'description',
  'alert',
  'eligibility',
  'contactName',
  'contactEmail',
  'contactPhone',
  'professionalPhone',
  'intakeNotes',
  'tellCitizen',
  'costDescription',
  'languageNote',
  'accessibility',
  'bookingUrl',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const LONG: readonly TextField[] = ['description', 'intakeNotes', 'tellCitizen', 'eligibility', 'accessibility'];
const REQUIRED: readonly string[] = [
  'name',
  'shortDescription',
  'description',
  'ownerUnitId',
  'contactName',
  'needCategories',
  'accessRoutes',
];
const SECTIONS: { title: string; fields: readonly TextField[] }[] = [
  { title: ui.offers.basics, fields: ['name', 'shortDescription', 'description', 'alert'] },
  {
    title: ui.offers.access,
    fields: ['eligibility', 'costDescription', 'languageNote', 'accessibility', 'bookingUrl'],
  },
  { title: ui.offers.contactSection, fields: ['contactName', 'contactEmail', 'contactPhone'] },
  { title: ui.offers.professional, fields: ['professionalPhone', 'intakeNotes', 'tellCitizen'] },
];

/** "Sted 2: Postnummer skal være fire cifre": a message inside a list says which row it is about. */
function withRow(issue: { path: string; message: string }) {
  const match = /\.(locations|schedules)\.(\d+)\./.exec(issue.path);
  if (!match) return issue;
  const row = (match[1] === 'locations' ? ui.offers.locationN : ui.offers.scheduleN)(Number(match[2]) + 1);
  return { ...issue, message: ui.offers.itemIssue(row, issue.message) };
}

/**
 * The form labels the owner "Ansvarlig enhed", while the shared label (CSV column, history) is "Ejer":
 * a message about the field names it as the form does.
 */
function withFormLabel(issue: FieldMessage): FieldMessage {
  const shared = `${fieldLabels.ownerUnitId} `;
  if (fieldName(issue.path) !== 'ownerUnitId' || !issue.message.startsWith(shared)) return issue;
  return { ...issue, message: `${ui.offers.ownerUnit} ${issue.message.slice(shared.length)}` };
}

const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const KEYWORD_TEXTS: TagTexts = {
  hint: ui.offers.keywordsHint,
  chosen: ui.offers.keywordsChosen,
  remove: ui.offers.removeKeyword,
  added: ui.offers.keywordAdded,
  removed: ui.offers.keywordRemoved,
};
/** A keyword as the server stores it (folded), or the server's own Danish message. */
const parseKeyword = (typed: string) => {
  const parsed = keywordOf(typed);
  return 'word' in parsed ? { value: parsed.word } : parsed;
};

/** Create or edit an offer: checked with the shared schema first; the server's field errors shown at their fields. */
export function OfferForm({
  offer,
  onSaved,
  onReload,
}: {
  offer: OfferDetailData | null;
  onSaved: (id: string) => void;
  onReload?: () => void;
}) {
  const [texts, setTexts] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((f) => [f, offer?.[f] ?? ''])) as Record<TextField, string>,
  );
  const [ownerUnitId, setOwnerUnitId] = useState(offer?.ownerUnit.id ?? '');
  const [needs, setNeeds] = useState<string[]>(offer?.needCategories.map((c) => c.code) ?? []);
  const [routes, setRoutes] = useState<string[]>(offer?.accessRoutes ?? []);
  const [minAge, setMinAge] = useState(offer?.minAge?.toString() ?? '');
  const [maxAge, setMaxAge] = useState(offer?.maxAge?.toString() ?? '');
  const [costKr, setCostKr] = useState(offer?.costKr?.toString() ?? '');
  const [targetGroups, setTargetGroups] = useState<string[]>(offer?.targetGroups ?? []);
  const [keywords, setKeywords] = useState<string[]>(offer?.keywords ?? []);
  const [languages, setLanguages] = useState(offer?.languages.join(', ') ?? 'da');
  const [formats, setFormats] = useState(offer?.formats.join(', ') ?? '');
  const [interpreter, setInterpreter] = useState(offer?.interpreter ?? false);
  const [locations, setLocations] = useState<LocationDraft[]>(() => offer?.locations.map(locationDraft) ?? []);
  const [schedules, setSchedules] = useState<ScheduleDraft[]>(() => offer?.schedules.map(scheduleDraft) ?? []);
  const units = useQuery(ORG_UNITS_QUERY).data?.orgUnits ?? [];
  const [createOffer] = useMutation(CREATE_OFFER_MUTATION);
  const [updateOffer] = useMutation(UPDATE_OFFER_MUTATION);
  const { issues, setIssues, saving, run, errorFor, conflict } = useFormSubmit((issue) =>
    withRow(withFormLabel(issue)),
  );
  const id = 'offer-form';
  const toggle = (values: string[], value: string) =>
    values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

  const raw: Values = {
    ...texts,
    ownerUnitId,
    needCategories: needs,
    accessRoutes: routes,
    minAge: parseWholeNumber(minAge),
    maxAge: parseWholeNumber(maxAge),
    costKr: parseKronerInput(costKr),
    targetGroups,
    languages: list(languages),
    formats: list(formats),
    keywords,
    interpreter,
    isDemoData: offer?.isDemoData ?? false,
    locations: locations.map(locationInput),
    schedules: schedules.map(scheduleInput),
  };
  // What the form loaded: the user's own changes are the fields that differ from it (ADR 016).
  const loaded = useRef<Values>(raw);

  /** Saves the form as of `version`; with `only`, sends just those fields (the server keeps the rest as stored). */
  const save = async (version: number, only?: string[]) => {
    const checked = validateInput(offerInputSchema, raw);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    // Locations and schedules are edited here and replace the stored lists; themes and projects are
    // not: leave them out so they are kept.
    const { themeIds: _t, projectIds: _p, status: _st, ...all } = checked.value;
    const input = only ? Object.fromEntries(Object.entries(all).filter(([field]) => only.includes(field))) : all;
    let savedId = offer?.id ?? '';
    const ok = await run(async () => {
      if (offer) await updateOffer({ variables: { id: offer.id, version, input } });
      else savedId = (await createOffer({ variables: { input } })).data?.createOffer.id ?? '';
    });
    if (ok) onSaved(savedId);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(offer?.version ?? 0);
  };

  const mine = ownChanges(raw, loaded.current);
  /** "Gem mine ændringer igen": only the user's own changes, on top of the version stored now. */
  const reapply = () => {
    if (conflict) void save(conflict.currentVersion, Object.keys(mine));
  };
  const unitName = (unitId: unknown) => units.find((u) => u.id === unitId)?.name;
  const format = (field: string, value: unknown): string | undefined => {
    if (field === 'ownerUnitId') return unitName(value);
    if (field === 'needCategories' && Array.isArray(value))
      return value.map((c) => NEED_CATEGORIES.find((n) => n.code === c)?.label ?? String(c)).join(', ');
    if (field === 'accessRoutes' && Array.isArray(value))
      return value.map((r) => ui.offers.accessRoute[r as (typeof ACCESS_ROUTES)[number]] ?? String(r)).join(', ');
    return undefined;
  };

  const textField = (field: TextField) => (
    <FormField
      key={field}
      id={`${id}-${field}`}
      label={fieldLabels[field] ?? field}
      optional={REQUIRED.includes(field) ? undefined : ui.offers.optional}
      error={errorFor(field)}
    >
      {(control) =>
        LONG.includes(field) ? (
          <textarea
            {...control}
            rows={field === 'description' ? 6 : 3}
            value={texts[field]}
            onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
          />
        ) : (
          <input
            {...control}
            type="text"
            value={texts[field]}
            onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
          />
        )
      }
    </FormField>
  );

  return (
    <form
      className="form form--wide"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="offer-form-heading"
    >
      <ErrorSummary issues={issues} idPrefix={id} title={ui.offers.errorSummary} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={conflict.changedFields ?? []}
          mine={mine}
          saving={saving}
          format={format}
          onReapply={reapply}
          onDiscard={() => onReload?.()}
        />
      )}
      {SECTIONS.slice(0, 1).map((section) => (
        <fieldset key={section.title} className="fieldset">
          <legend>{section.title}</legend>
          {section.fields.map(textField)}
          <FormField id={`${id}-ownerUnitId`} label={ui.offers.ownerUnit} error={errorFor('ownerUnitId')}>
            {(control) => (
              <select {...control} value={ownerUnitId} onChange={(e) => setOwnerUnitId(e.target.value)}>
                <option value="">{ui.offers.chooseUnit}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
      ))}
      <fieldset className="fieldset">
        <legend>{ui.offers.whoFor}</legend>
        <fieldset
          className={errorFor('needCategories') ? 'fieldset--inner field--error' : 'fieldset--inner'}
          id={`${id}-needCategories`}
          tabIndex={-1}
        >
          <legend>{fieldLabels.needCategories}</legend>
          {errorFor('needCategories') && <p className="field__error">{errorFor('needCategories')}</p>}
          <ul className="checkbox-list">
            {NEED_CATEGORIES.map((category) => (
              <li key={category.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={needs.includes(category.code)}
                    onChange={() => setNeeds(toggle(needs, category.code))}
                  />
                  {category.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TagInput
          id={`${id}-targetGroups`}
          label={fieldLabels.targetGroups ?? ''}
          tags={targetGroups}
          onChange={setTargetGroups}
          error={errorFor('targetGroups')}
        />
        <div className="form__row">
          <FormField
            id={`${id}-minAge`}
            label={fieldLabels.minAge ?? ''}
            optional={ui.offers.optional}
            error={errorFor('minAge')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={minAge}
                onChange={(e) => setMinAge(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-maxAge`}
            label={fieldLabels.maxAge ?? ''}
            optional={ui.offers.optional}
            error={errorFor('maxAge')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={maxAge}
                onChange={(e) => setMaxAge(e.target.value)}
              />
            )}
          </FormField>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{ui.offers.keywordsSection}</legend>
        <TagInput
          id={`${id}-keywords`}
          label={fieldLabels.keywords}
          tags={keywords}
          onChange={setKeywords}
          error={errorFor('keywords')}
          texts={KEYWORD_TEXTS}
          parse={parseKeyword}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{ui.offers.access}</legend>
        <fieldset
          className={errorFor('accessRoutes') ? 'fieldset--inner field--error' : 'fieldset--inner'}
          id={`${id}-accessRoutes`}
          tabIndex={-1}
        >
          <legend>{fieldLabels.accessRoutes}</legend>
          {errorFor('accessRoutes') && <p className="field__error">{errorFor('accessRoutes')}</p>}
          <ul className="checkbox-list">
            {ACCESS_ROUTES.map((route) => (
              <li key={route}>
                <label>
                  <input
                    type="checkbox"
                    checked={routes.includes(route)}
                    onChange={() => setRoutes(toggle(routes, route))}
                  />
                  {ui.offers.accessRoute[route]}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <FormField
          id={`${id}-costKr`}
          label={fieldLabels.costKr ?? ''}
          hint={ui.themes.kroner}
          optional={ui.offers.optional}
          error={errorFor('costKr')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              value={costKr}
              onChange={(e) => setCostKr(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-languages`}
          label={fieldLabels.languages ?? ''}
          hint={ui.offers.languagesHint}
          error={errorFor('languages')}
        >
          {(control) => (
            <input {...control} type="text" value={languages} onChange={(e) => setLanguages(e.target.value)} />
          )}
        </FormField>
        <div className="checkbox-field">
          <input
            id={`${id}-interpreter`}
            type="checkbox"
            checked={interpreter}
            onChange={(e) => setInterpreter(e.target.checked)}
          />
          <label htmlFor={`${id}-interpreter`}>{ui.offers.interpreter}</label>
        </div>
        <FormField
          id={`${id}-formats`}
          label={fieldLabels.formats ?? ''}
          hint={ui.offers.formatsHint}
          optional={ui.offers.optional}
          error={errorFor('formats')}
        >
          {(control) => <input {...control} type="text" value={formats} onChange={(e) => setFormats(e.target.value)} />}
        </FormField>
        {SECTIONS[1]?.fields.map(textField)}
      </fieldset>
      <LocationsEditor idPrefix={id} items={locations} onChange={setLocations} errorFor={errorFor} />
      <SchedulesEditor
        idPrefix={id}
        items={schedules}
        locationNames={locations.map((l) => l.name.trim())}
        onChange={setSchedules}
        errorFor={errorFor}
      />
      {SECTIONS.slice(2).map((section) => (
        <fieldset key={section.title} className="fieldset">
          <legend>{section.title}</legend>
          {section.fields.map(textField)}
        </fieldset>
      ))}
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? ui.offers.saving : ui.offers.save}
        </button>
      </div>
    </form>
  );
}
