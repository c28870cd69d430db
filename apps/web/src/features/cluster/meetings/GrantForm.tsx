import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { grantInputSchema } from '@sundhed/shared';
import { fieldLabels, meetingsUi as t, ui } from '../../../shared';
import type { GrantArea } from '../../../__generated__/graphql';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { SourceInput, emptySource, sourceValueOf } from '../../../components/SourceInput';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../../themes/validateInput';
import { CREATE_GRANT_MUTATION, meetingRefetch } from './meetingMutations';
import type { AgendaItemData } from './meetingQueries';
import { RadioChoice } from './RadioChoice';
import { HostSelect, type HostOption } from './HostSelect';

const AREAS = ['PSYCHIATRY', 'SOMATIC', 'OTHER'] as const;

/**
 * "Opret bevilling" from a decision: area, title, purpose, year(s) (multi-year: last year; fremskudt brug:
 * the later year whose money is used now), amount, host municipality and posts.
 */
export function GrantForm({
  item,
  hosts,
  onDone,
}: {
  item: AgendaItemData;
  hosts: HostOption[];
  onDone: (saved: boolean) => void;
}) {
  const [area, setArea] = useState<GrantArea | null>(null);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [year, setYear] = useState('');
  const [yearTo, setYearTo] = useState('');
  const [advancedFromYear, setAdvancedFromYear] = useState('');
  const [amount, setAmount] = useState('');
  const [host, setHost] = useState('');
  const [posts, setPosts] = useState('');
  const [source, setSource] = useState(emptySource);
  const [createGrant] = useMutation(CREATE_GRANT_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor } = useFormSubmit();
  const id = `grant-new-${item.id}`;

  const submit = async () => {
    const checked = validateInput(grantInputSchema, {
      agendaItemId: item.id,
      area,
      title,
      purpose: purpose.trim() || null,
      year: parseWholeNumber(year),
      yearTo: parseWholeNumber(yearTo),
      advancedFromYear: parseWholeNumber(advancedFromYear),
      amountKr: parseWholeNumber(amount),
      hostMunicipalityId: host || null,
      posts: posts.trim() || null,
      source: sourceValueOf(source),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      agendaItemId: v.agendaItemId,
      area: v.area,
      title: v.title,
      purpose: v.purpose ?? null,
      year: v.year,
      yearTo: v.yearTo ?? null,
      advancedFromYear: v.advancedFromYear ?? null,
      amountKr: v.amountKr,
      hostMunicipalityId: v.hostMunicipalityId ?? null,
      posts: v.posts ?? null,
      source: v.source ?? null,
    };
    if (await run(() => createGrant({ variables: { input } }))) onDone(true);
  };

  const small = (
    field: 'year' | 'yearTo' | 'advancedFromYear',
    value: string,
    set: (v: string) => void,
    hint: string,
  ) => (
    <FormField
      id={`${id}-${field}`}
      label={fieldLabels[field]}
      hint={hint}
      optional={field === 'year' ? undefined : t.optional}
      error={errorFor(field)}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          size={6}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="form panel"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h4 id={`${id}-heading`}>{t.createGrantFor(item.number)}</h4>
      <p className="field__hint">{t.byThisDecision(item.number, item.title)}</p>
      <ErrorSummary issues={issues} idPrefix={id} />
      <RadioChoice
        id={`${id}-area`}
        legend={fieldLabels.area}
        options={AREAS}
        labels={ui.grantArea}
        value={area}
        onChange={setArea}
        error={errorFor('area')}
      />
      <FormField id={`${id}-title`} label={fieldLabels.title} error={errorFor('title')}>
        {(control) => <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-purpose`} label={fieldLabels.purpose} optional={t.optional} error={errorFor('purpose')}>
        {(control) => <textarea {...control} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
      </FormField>
      <div className="form__row">
        {small('year', year, setYear, t.yearHint)}
        {small('yearTo', yearTo, setYearTo, t.multiYearHint)}
        {small('advancedFromYear', advancedFromYear, setAdvancedFromYear, t.advancedHint)}
      </div>
      <FormField id={`${id}-amountKr`} label={fieldLabels.amountKr} hint={t.amountHint} error={errorFor('amountKr')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            size={14}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
      </FormField>
      <HostSelect
        id={`${id}-hostMunicipalityId`}
        hosts={hosts}
        value={host}
        onChange={setHost}
        error={errorFor('hostMunicipalityId')}
      />
      <FormField id={`${id}-posts`} label={fieldLabels.posts} optional={t.optional} error={errorFor('posts')}>
        {(control) => <input {...control} type="text" value={posts} onChange={(e) => setPosts(e.target.value)} />}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
