// Danish names of the diagnosis groups of the activity format (issue 13, ADR 068): the column holds SKS
// codes of ICD-10 categories ("DJ18" = the SKS prefix D + ICD-10 J18). A name is shown only where it was
// confirmed against a public source, stored here with that source; any other code is shown as the code
// with "navnet kendes ikke", never a guessed name. Add a code here only with its source.
import { cofinancingMessages as m } from '@sundhed/shared';

export interface DiagnosisName {
  /** Danish name as the page shows it. */
  name: string;
  /** Where the name and the code's meaning were confirmed. */
  source: string;
}

export const DIAGNOSIS_NAMES: Readonly<Record<string, DiagnosisName>> = {
  DJ18: {
    name: 'Lungebetændelse',
    source:
      'WHO ICD-10, kategori J18 "Pneumonia, organism unspecified" (blok J09–J18 "Influenza and pneumonia"); dansk navn: sundhed.dk, Lægehåndbogen, "Lungebetændelse"',
  },
  DF32: {
    name: 'Depressiv enkeltepisode',
    source:
      'WHO ICD-10, kategori F32 "Depressive episode"; dansk navn: pro.medicin.dk, "Diagnosticering af depressioner" (revideret 20.2.2023): "ICD-10 kriterier for diagnosen depressiv enkeltepisode"',
  },
  DI50: {
    name: 'Hjerteinsufficiens (hjertesvigt)',
    source:
      'WHO ICD-10, kategori I50 "Heart failure"; dansk navn: Dansk Cardiologisk Selskab, NBV kapitel 5 "Kronisk hjertesvigt" og kardiologisk kodevejledning, afsnit "Hjerteinsufficiens"',
  },
};

const NAMED_CODE = /\(([A-Za-z]{1,2}\d{2}[0-9A-Za-z]*)\)\s*$/;
const CODE = /^[A-Za-z]{1,2}\d{2}[0-9A-Za-z]*$/;

/**
 * The code of a value of the diagnosis column: a code as is ("DJ18"), or the code in a name-with-code
 * label as the example file writes it ("Lungebetændelse (DJ18)" → "DJ18"); the column keeps holding codes.
 */
export function diagnosisCode(value: string): string {
  const named = NAMED_CODE.exec(value);
  if (named) return named[1]!.toUpperCase();
  // A bare code in any case is the same group as the other municipalities' ("dj18" is "DJ18").
  const bare = value.trim();
  return CODE.test(bare) ? bare.toUpperCase() : bare;
}

/** The code as imported, upper case, without spaces ("dj18 " → "DJ18"). */
const normal = (code: string) => code.trim().toUpperCase();

/** "Lungebetændelse (DJ18)", "DE86 (navnet kendes ikke)", or "Uoplyst" for no code. */
export function diagnosisLabel(code: string): string {
  const c = normal(code);
  if (!c || c === '-') return m.diagnosisNone;
  const known = DIAGNOSIS_NAMES[c];
  return known ? m.diagnosisLabel(known.name, c) : m.diagnosisUnnamed(c);
}

/** The source of a code's name; null when the name is not known. */
export function diagnosisSource(code: string): string | null {
  return DIAGNOSIS_NAMES[normal(code)]?.source ?? null;
}
