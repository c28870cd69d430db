/** A fieldset of radio buttons (the legend names the field); the first option carries the field's id. */
export function RadioChoice<T extends string>({
  id,
  legend,
  options,
  labels,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: readonly T[];
  labels: Record<string, string>;
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}) {
  return (
    <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.toLowerCase()}`;
        return (
          <div key={option} className="checkbox-field">
            <input
              type="radio"
              id={optionId}
              name={id}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId}>{labels[option] ?? option}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
