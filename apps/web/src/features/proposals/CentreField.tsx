import { proposalsUi as t } from '../../shared';
import { FormField } from '../../components/FormField';

/** The proposal forms' "Ansvarligt center": the municipality's centres, or none. */
export function CentreField({
  id,
  centres,
  value,
  onChange,
}: {
  id: string;
  centres: readonly { id: string; name: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField id={id} label={t.fields.responsibleUnit} optional={t.optional}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.fields.noUnit}</option>
          {centres.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
