import { QUERY_LANGUAGES, type QueryChip } from '@sundhed/shared/queryUnderstanding';
import { searchLearningUi } from '../../../shared';

const c = searchLearningUi.chips;
const languageName = (code: string) => Object.values(QUERY_LANGUAGES).find((l) => l.code === code)?.name ?? code;

/** A chip's label in Danish: "Alder 9 år", "Gratis", "Sprog: arabisk", "Form: online". */
export function chipLabel(chip: QueryChip): string {
  if (chip.kind === 'age') return c.age(Number(chip.value));
  if (chip.kind === 'free') return c.free;
  if (chip.kind === 'language') return c.language(languageName(chip.value));
  return c.format(chip.value);
}

/**
 * What the search read from the sentence (issue 11): an age, "gratis", a language, a format, each a
 * filter chip; removing one searches again without it.
 */
export function QueryChips({ chips, onRemove }: { chips: QueryChip[]; onRemove: (kind: string) => void }) {
  if (!chips.length) return null;
  return (
    <div className="query-chips" role="group" aria-label={c.label}>
      <span>{c.label}:</span>
      <ul className="query-chips">
        {chips.map((chip) => {
          const label = chipLabel(chip);
          return (
            <li key={chip.kind} className="query-chips__chip">
              <span>{label}</span>
              <button
                type="button"
                className="query-chips__remove"
                aria-label={c.remove(label)}
                onClick={() => onRemove(chip.kind)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
