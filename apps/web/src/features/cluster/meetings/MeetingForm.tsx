import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { meetingInputSchema } from '@sundhed/shared';
import { fieldLabels, meetingsUi as t, clusterMessages as cm } from '../../../shared';
import type { Attendance, MeetingKind } from '../../../__generated__/graphql';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { validateInput } from '../../themes/validateInput';
import { dateText, dateValue } from './dateText';
import { RadioChoice } from './RadioChoice';
import {
  CREATE_BODY_MEETING_MUTATION,
  CREATE_MEETING_MUTATION,
  meetingRefetch,
  UPDATE_MEETING_MUTATION,
} from './meetingMutations';
import type { MeetingData } from './meetingQueries';

const FIELDS = ['title', 'date', 'startTime', 'endTime', 'place', 'kind', 'participants'] as const;
const ATTENDANCE: Attendance[] = ['INVITED', 'PRESENT', 'APOLOGY'];

interface ParticipantDraft {
  organisation: string;
  function: string;
  attendance: Attendance;
}

const participantsOf = (value: unknown): ParticipantDraft[] =>
  Array.isArray(value)
    ? (value as Values[]).map((p) => ({
        organisation: inputText(p.organisation),
        function: inputText(p.function),
        attendance: (p.attendance as Attendance | undefined) ?? 'INVITED',
      }))
    : [];

/** Who holds a new meeting: a cluster (its secretariat) or one of the municipality's own bodies (the staff unit). */
export type NewMeetingOwner = { clusterId: string } | { bodyId: string };

interface MeetingFormProps {
  owner: NewMeetingOwner;
  /** The meeting to change; absent for "Nyt møde". */
  meeting?: MeetingData;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/** "Nyt møde" and "Rediger møde": title, date, times, place or Teams, kind and participants with attendance. */
export function MeetingForm({ owner, meeting, onSaved, onCancel }: MeetingFormProps) {
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [date, setDate] = useState(dateText(meeting?.date));
  const [startTime, setStartTime] = useState(meeting?.startTime ?? '');
  const [endTime, setEndTime] = useState(meeting?.endTime ?? '');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'ORDINARY');
  const [participants, setParticipants] = useState<ParticipantDraft[]>(() => participantsOf(meeting?.participants));
  const [source, setSource] = useState(() => sourceDraftOf(meeting?.source));
  const [createMeeting] = useMutation(CREATE_MEETING_MUTATION, meetingRefetch);
  const [createBodyMeeting] = useMutation(CREATE_BODY_MEETING_MUTATION, meetingRefetch);
  const [updateMeeting] = useMutation(UPDATE_MEETING_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = meeting ? `meeting-${meeting.id}` : 'meeting-new';
  const mine: Values = {
    title,
    date: dateValue(date),
    startTime: startTime.trim() || null,
    endTime: endTime.trim() || null,
    place: place.trim() || null,
    kind,
    participants: participants.map((p) => ({
      organisation: p.organisation,
      function: p.function.trim() || null,
      attendance: p.attendance,
    })),
  };

  const show = (v: Values) => {
    setTitle(inputText(v.title));
    setDate(dateText(v.date));
    setStartTime(inputText(v.startTime));
    setEndTime(inputText(v.endTime));
    setPlace(inputText(v.place));
    setKind((v.kind as MeetingKind | undefined) ?? 'ORDINARY');
    setParticipants(participantsOf(v.participants));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(meetingInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      title: v.title,
      date: v.date,
      startTime: v.startTime ?? null,
      endTime: v.endTime ?? null,
      place: v.place ?? null,
      kind: v.kind ?? 'ORDINARY',
      participants: (v.participants ?? []).map((p) => ({
        organisation: p.organisation,
        function: p.function ?? null,
        attendance: p.attendance ?? 'INVITED',
      })),
      source: v.source ?? null,
    };
    let savedId = meeting?.id;
    const saved = await run(async () => {
      if (meeting) await updateMeeting({ variables: { id: meeting.id, version, input } });
      else if ('bodyId' in owner) {
        const result = await createBodyMeeting({ variables: { bodyId: owner.bodyId, input } });
        savedId = result.data?.createBodyMeeting.id;
      } else {
        const result = await createMeeting({ variables: { clusterId: owner.clusterId, input } });
        savedId = result.data?.createClusterMeeting.id;
      }
    });
    if (saved && savedId) onSaved(savedId);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: meeting,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const setParticipant = (index: number, change: Partial<ParticipantDraft>) =>
    setParticipants((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const text = (
    field: 'title' | 'startTime' | 'endTime' | 'place',
    value: string,
    set: (v: string) => void,
    hint?: string,
    optional = true,
  ) => (
    <FormField
      id={`${id}-${field}`}
      label={fieldLabels[field]}
      hint={hint}
      optional={optional ? t.optional : undefined}
      error={errorFor(field)}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          size={field === 'startTime' || field === 'endTime' ? 6 : undefined}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{meeting ? t.editMeeting : t.newMeeting}</h2>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      {text('title', title, setTitle, t.titleHint, false)}
      <FormField id={`${id}-date`} label={fieldLabels.date} hint={t.dateHint} error={errorFor('date')}>
        {(control) => (
          <input {...control} type="text" size={12} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <div className="form__row">
        {text('startTime', startTime, setStartTime, t.timeHint)}
        {text('endTime', endTime, setEndTime, t.timeHint)}
      </div>
      <FormField
        id={`${id}-place`}
        label={fieldLabels.place}
        hint={t.placeHint}
        optional={t.optional}
        error={errorFor('place')}
      >
        {(control) => (
          <>
            <input
              {...control}
              type="text"
              list={`${id}-places`}
              value={place}
              onChange={(e) => setPlace(e.target.value)}
            />
            <datalist id={`${id}-places`}>
              <option value={t.teams} />
            </datalist>
          </>
        )}
      </FormField>
      <RadioChoice
        id={`${id}-kind`}
        legend={t.kind}
        options={['ORDINARY', 'EXTRAORDINARY'] as const}
        labels={cm.meetingKind}
        value={kind}
        onChange={setKind}
        error={errorFor('kind')}
      />
      <fieldset className="fieldset">
        <legend>{t.participantsLegend}</legend>
        {participants.length === 0 && <p className="muted">{t.noParticipants}</p>}
        {participants.map((p, index) => (
          <fieldset key={index} className="fieldset meeting-participant">
            <legend>{t.participantRow(index + 1)}</legend>
            <div className="form__row">
              <FormField
                id={`${id}-participants-${index}-organisation`}
                label={fieldLabels.organisation}
                error={errorFor(`participants-${index}-organisation`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={p.organisation}
                    onChange={(e) => setParticipant(index, { organisation: e.target.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`${id}-participants-${index}-function`}
                label={fieldLabels.function}
                optional={t.optional}
                error={errorFor(`participants-${index}-function`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={p.function}
                    onChange={(e) => setParticipant(index, { function: e.target.value })}
                  />
                )}
              </FormField>
              <FormField id={`${id}-participants-${index}-attendance`} label={fieldLabels.attendance}>
                {(control) => (
                  <select
                    {...control}
                    value={p.attendance}
                    onChange={(e) => setParticipant(index, { attendance: e.target.value as Attendance })}
                  >
                    {ATTENDANCE.map((a) => (
                      <option key={a} value={a}>
                        {cm.attendance[a]}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setParticipants((rows) => rows.filter((_, i) => i !== index))}
            >
              {t.removeParticipant(index + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setParticipants((rows) => [...rows, { organisation: '', function: '', attendance: 'INVITED' }])
          }
        >
          {t.addParticipant}
        </button>
      </fieldset>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
