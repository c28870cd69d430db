import { ui } from '../../../shared';
import { FormField } from '../../../components/FormField';
import { emptyLocation, type LocationDraft } from './drafts';
import { ListEditor } from './ListEditor';

type Field = Exclude<keyof LocationDraft, 'key'>;
const FIELDS: { field: Field; label: string; optional: boolean; numeric?: boolean }[] = [
  { field: 'name', label: ui.offers.placeName, optional: false },
  { field: 'address', label: ui.offers.placeAddress, optional: true },
  { field: 'postalCode', label: ui.offers.placePostalCode, optional: true, numeric: true },
  { field: 'city', label: ui.offers.placeCity, optional: true },
  { field: 'accessibility', label: ui.offers.placeAccessibility, optional: true },
];

interface Props {
  idPrefix: string;
  items: LocationDraft[];
  onChange: (items: LocationDraft[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The offer's places: name (required), address, postcode, city and accessibility. */
export function LocationsEditor({ idPrefix, items, onChange, errorFor }: Props) {
  const set = (index: number, field: Field, value: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [field]: value } : item)));
  return (
    <ListEditor
      id={`${idPrefix}-locations`}
      title={ui.offers.locationsTitle}
      hint={ui.offers.locationsHint}
      empty={ui.offers.noLocationsYet}
      items={items}
      itemTitle={ui.offers.locationN}
      addLabel={ui.offers.addLocation}
      removeLabel={ui.offers.removeLocation}
      onAdd={() => onChange([...items, emptyLocation()])}
      onRemove={(index) => onChange(items.filter((_, i) => i !== index))}
      renderItem={(item, index) => (
        <div className="form__grid">
          {FIELDS.map(({ field, label, optional, numeric }) => {
            const id = `${idPrefix}-locations-${index}-${field}`;
            return (
              <FormField
                key={field}
                id={id}
                label={label}
                optional={optional ? ui.offers.optional : undefined}
                error={errorFor(`locations-${index}-${field}`)}
              >
                {(control) =>
                  field === 'accessibility' ? (
                    <textarea
                      {...control}
                      rows={2}
                      value={item[field]}
                      onChange={(e) => set(index, field, e.target.value)}
                    />
                  ) : (
                    <input
                      {...control}
                      type="text"
                      inputMode={numeric ? 'numeric' : undefined}
                      autoComplete={field === 'postalCode' ? 'off' : undefined}
                      value={item[field]}
                      onChange={(e) => set(index, field, e.target.value)}
                    />
                  )
                }
              </FormField>
            );
          })}
        </div>
      )}
    />
  );
}
