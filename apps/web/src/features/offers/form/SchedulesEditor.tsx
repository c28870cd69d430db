import { coursesEnded } from '@sundhed/shared';
import { today, ui } from '../../../shared';
import { FormField } from '../../../components/FormField';
import { emptySchedule, scheduleInput, type ScheduleDraft } from './drafts';
import { ListEditor } from './ListEditor';

type Field = Exclude<keyof ScheduleDraft, 'key'>;

interface Props {
  idPrefix: string;
  items: ScheduleDraft[];
  /** Names of the offer's places as typed now, for "Sted". */
  locationNames: string[];
  onChange: (items: ScheduleDraft[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The offer's times: a weekly session (weekday, from–to) or a course (dates, description), optionally at one of its places. */
export function SchedulesEditor({ idPrefix, items, locationNames, onChange, errorFor }: Props) {
  // The rule the review queue and the search use, on the times as typed now. A notice, not a block:
  // recording a course that is over is allowed.
  const ended = coursesEnded(items.map(scheduleInput), today());
  const set = (index: number, field: Field, value: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [field]: value } : item)));
  const field = (
    item: ScheduleDraft,
    index: number,
    name: Field,
    label: string,
    type: 'time' | 'date' | 'text',
    hint?: string,
  ) => (
    <FormField
      id={`${idPrefix}-schedules-${index}-${name}`}
      label={label}
      hint={hint}
      optional={ui.offers.optional}
      error={errorFor(`schedules-${index}-${name}`)}
    >
      {(control) => (
        <input {...control} type={type} value={item[name]} onChange={(e) => set(index, name, e.target.value)} />
      )}
    </FormField>
  );
  return (
    <ListEditor
      id={`${idPrefix}-schedules`}
      title={ui.offers.schedulesTitle}
      hint={ui.offers.schedulesHint}
      empty={ui.offers.noSchedulesYet}
      items={items}
      itemTitle={ui.offers.scheduleN}
      addLabel={ui.offers.addSchedule}
      removeLabel={ui.offers.removeSchedule}
      onAdd={() => onChange([...items, emptySchedule()])}
      onRemove={(index) => onChange(items.filter((_, i) => i !== index))}
      notice={ended ? ui.offers.coursesEndedNotice : null}
      renderItem={(item, index) => {
        const names =
          item.locationName && !locationNames.includes(item.locationName)
            ? [...locationNames, item.locationName]
            : locationNames;
        return (
          <div className="form__grid">
            <FormField
              id={`${idPrefix}-schedules-${index}-kind`}
              label={ui.offers.scheduleKind}
              error={errorFor(`schedules-${index}-kind`)}
            >
              {(control) => (
                <select {...control} value={item.kind} onChange={(e) => set(index, 'kind', e.target.value)}>
                  <option value="RECURRING">{ui.offers.kindRecurring}</option>
                  <option value="COURSE">{ui.offers.kindCourse}</option>
                </select>
              )}
            </FormField>
            <FormField
              id={`${idPrefix}-schedules-${index}-weekday`}
              label={ui.offers.scheduleWeekday}
              hint={ui.offers.scheduleWeekdayHint}
              optional={item.kind === 'COURSE' ? ui.offers.optional : undefined}
              error={errorFor(`schedules-${index}-weekday`)}
            >
              {(control) => (
                <select {...control} value={item.weekday} onChange={(e) => set(index, 'weekday', e.target.value)}>
                  <option value="">{ui.offers.chooseWeekday}</option>
                  {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                    <option key={day} value={String(day)}>
                      {ui.offers.weekday[day]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {field(item, index, 'opensAt', ui.offers.scheduleFrom, 'time', ui.offers.scheduleTimeHint)}
            {field(item, index, 'closesAt', ui.offers.scheduleTo, 'time', ui.offers.scheduleTimeHint)}
            {field(item, index, 'validFrom', ui.offers.scheduleValidFrom, 'date')}
            {field(item, index, 'validTo', ui.offers.scheduleValidTo, 'date')}
            {field(item, index, 'description', ui.offers.scheduleDescription, 'text')}
            <FormField
              id={`${idPrefix}-schedules-${index}-locationName`}
              label={ui.offers.scheduleLocation}
              optional={ui.offers.optional}
              error={errorFor(`schedules-${index}-locationName`)}
            >
              {(control) => (
                <select
                  {...control}
                  value={item.locationName}
                  onChange={(e) => set(index, 'locationName', e.target.value)}
                >
                  <option value="">{ui.offers.noScheduleLocation}</option>
                  {names.filter(Boolean).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
        );
      }}
    />
  );
}
