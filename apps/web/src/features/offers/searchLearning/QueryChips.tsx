import { QUERY_LANGUAGES, type QueryChip, type QueryChipKind } from '@sundhed/shared/queryUnderstanding';
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

/** The chips of a search's answer (the server's or the copy's engine's) as the page shows them. */
export function readChips(chips: readonly { kind: string; value: string; typed: string }[]): QueryChip[] {
  return chips.map((chip) => ({ kind: chip.kind as QueryChipKind, value: chip.value, typed: chip.typed }));
}

/**
 * What the sentence said that no offer met with the rest ("motion på arabisk" where no offer is in Arabic):
 * the search answered without it, and says so rather than show a chip the hits do not meet.
 */
export function UnmetChips({ chips }: { chips: QueryChip[] }) {
  if (!chips.length) return null;
  return (
    <p className="field__hint" role="note">
      {c.unmet(chips.map(chipLabel).join(', '))}
    </p>
  );
}
