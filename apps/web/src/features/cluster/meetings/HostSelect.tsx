import { fieldLabels, meetingsUi as t } from '../../../shared';
import { FormField } from '../../../components/FormField';
import { ownerOf, type MeetingData } from './meetingQueries';

export interface HostOption {
  id: string;
  name: string;
}

/** The cluster's member municipalities: the choices of a grant's host. */
export const hostsOf = (meeting: MeetingData): HostOption[] =>
  ownerOf(meeting).members.flatMap((m) => (m.municipality ? [m.municipality] : []));

/** "Værtskommune": one of the cluster's municipalities, or none. */
export function HostSelect({
  id,
  hosts,
  value,
  onChange,
  error,
  label = fieldLabels.hostMunicipalityId,
}: {
  id: string;
  hosts: HostOption[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
  label?: string;
}) {
  return (
    <FormField id={id} label={label} optional={t.optional} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.noHost}</option>
          {hosts.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
