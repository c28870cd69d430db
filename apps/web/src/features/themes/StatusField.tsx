import { fieldLabels } from '../../shared';
import { FormField } from '../../components/FormField';
import type { WorkStatus } from '../../__generated__/graphql';
import { statusOptions } from './statusOptions';

interface StatusFieldProps {
  id: string;
  value: WorkStatus;
  onChange: (status: WorkStatus) => void;
  error?: string;
}

/** The status select of the theme and milestone forms. */
export function StatusField({ id, value, onChange, error }: StatusFieldProps) {
  return (
    <FormField id={id} label={fieldLabels.status} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as WorkStatus)}>
          {statusOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
