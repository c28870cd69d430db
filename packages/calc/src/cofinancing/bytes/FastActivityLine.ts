import type { ActivityRow } from '../ActivityRow';
import { ACTIVITY as ACTIVITY_BASIS, ALLOWED as ALLOWED_PAIRS, type Column } from '../activityColumns';
import { AGE_GROUPS, BASES, CONTACT_TYPES, SECTORS } from '../types';
import { ByteDictionary } from './ByteDictionary';
import { CodeMatcher } from './CodeMatcher';
import { NOT_PLAIN as NOT_PLAIN_NUMBER, danishAmountAt as readAmount, digitsAt as readDigits } from './parseDigits';

// The imported names the per-line code uses, bound locally: compiled to CommonJS (tsx, Jest), each use
// of an imported name is a getter call on the other module's exports, ~20 % of the import's CPU time.
const ACTIVITY = ACTIVITY_BASIS;
const ALLOWED = ALLOWED_PAIRS;
const NOT_PLAIN = NOT_PLAIN_NUMBER;
const digitsAt = readDigits;
const danishAmountAt = readAmount;
const QUOTE = 34;
const SPACE = 32;
const NEWLINE = 10;
const UNKNOWN = -2;
const BASIS_MATCHER = new CodeMatcher(BASES);
const SECTOR_MATCHER = new CodeMatcher(SECTORS);
const CONTACT_MATCHER = new CodeMatcher(CONTACT_TYPES);
const AGE_MATCHER = new CodeMatcher(AGE_GROUPS);

/**
 * The fast path of the activity importer: reads one line straight from the bytes (no line string, no
 * split, numbers from digits, repeated text cells interned by ByteDictionary) and fills the row only
 * when the line is plainly valid. Anything else (a quote, a wrong field count, a space at a cell's
 * edge, an unknown code, a number of another shape, any invalid value) makes it answer false, and the
 * importer's string path decides and words the error exactly as before, so both paths accept the same
 * lines with the same values.
 */
export class FastActivityLine {
  /** Cell i spans [starts[i], ends[i]) after scan(). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private fields = 0;
  private quoted = false;
  private readonly at: Record<Column, number>;
  private readonly municipalities = new ByteDictionary();
  private readonly texts = new ByteDictionary();

  constructor(
    columns: Record<Column, number>,
    private readonly width: number,
    private readonly separator: number,
  ) {
    this.at = columns;
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
  }

  /**
   * Finds the end of the line that starts at `start` and its cells: the index of the next newline
   * before `limit`, or -1 when the bytes end first (the line continues in the next chunk, or is the
   * file's last line).
   */
  scan(bytes: Uint8Array, start: number, limit: number): number {
    const separator = this.separator;
    const width = this.width;
    let fields = 0;
    let cell = start;
    let quoted = false;
    let i = start;
    for (; i < limit; i++) {
      const c = bytes[i] as number;
      // Letters and digits of the cell are the common case: one comparison rules out all three marks.
      if (c > 59) continue;
      if (c === separator) {
        if (fields < width) {
          this.starts[fields] = cell;
          this.ends[fields] = i;
        }
        fields++;
        cell = i + 1;
      } else if (c === NEWLINE) break;
      else if (c === QUOTE) quoted = true;
    }
    if (fields < width) {
      this.starts[fields] = cell;
      this.ends[fields] = i;
    }
    this.fields = fields + 1;
    this.quoted = quoted;
    return i < limit ? i : -1;
  }

  /**
   * Fills `row` (all but its line number) from the line scan() read, ending at `end` (after any
   * carriage return was taken off); false when the string path must read the line.
   */
  read(bytes: Uint8Array, end: number, row: ActivityRow): boolean {
    if (this.quoted || this.fields !== this.width) return false;
    this.ends[this.width - 1] = end;
    const at = this.at;
    const basis = this.code(bytes, at.basis, BASIS_MATCHER, true);
    if (basis < 0) return false;
    const activity = basis === ACTIVITY;
    const sector = this.code(bytes, at.sector, SECTOR_MATCHER, activity);
    const contactType = this.code(bytes, at.contact_type, CONTACT_MATCHER, activity);
    const ageGroup = this.code(bytes, at.age_group, AGE_MATCHER, activity);
    if (sector === UNKNOWN || contactType === UNKNOWN || ageGroup === UNKNOWN) return false;
    if (sector >= 0 && contactType >= 0 && !(ALLOWED[sector] as boolean[])[contactType]) return false;
    const year = this.integer(bytes, at.year, 2000, 2100);
    const month = this.integer(bytes, at.month, 1, 12);
    if (year === NOT_PLAIN || month === NOT_PLAIN) return false;
    const activityCount = this.amount(bytes, at.activity_count, activity);
    const tariff = this.amount(bytes, at.tariff_value_dkk, activity);
    const kmfAmount = this.amount(bytes, at.kmf_amount_dkk, !activity);
    if (activityCount === NOT_PLAIN || tariff === NOT_PLAIN || kmfAmount === NOT_PLAIN) return false;
    const municipalityCode = this.text(bytes, at.municipality_code, this.municipalities);
    const drgGroup = this.text(bytes, at.drg_group, this.texts);
    const diagnosisGroup = this.text(bytes, at.diagnosis_chapter, this.texts);
    if (municipalityCode === '' || municipalityCode === null || drgGroup === null || diagnosisGroup === null)
      return false;
    row.basis = basis;
    row.municipalityCode = municipalityCode;
    row.year = year;
    row.month = month;
    row.sector = sector;
    row.contactType = contactType;
    row.ageGroup = ageGroup;
    row.drgGroup = drgGroup;
    row.diagnosisGroup = diagnosisGroup;
    row.activityCount = activityCount;
    row.tariff = tariff;
    row.kmfAmount = kmfAmount;
    return true;
  }

  /** True when the cell starts or ends with a space: the string path trims it. */
  private padded(bytes: Uint8Array, start: number, end: number): boolean {
    return end > start && (bytes[start] === SPACE || bytes[end - 1] === SPACE);
  }

  /**
   * An enum code; -1 for an empty cell that may be empty, UNKNOWN for anything the string path must
   * judge (a padded code matches nothing, so the string path trims it).
   */
  private code(bytes: Uint8Array, column: number, codes: CodeMatcher, required: boolean): number {
    if (column < 0) return required ? UNKNOWN : -1;
    const start = this.starts[column] as number;
    const end = this.ends[column] as number;
    if (start === end) return required ? UNKNOWN : -1;
    const code = codes.match(bytes, start, end);
    return code < 0 ? UNKNOWN : code;
  }

  private integer(bytes: Uint8Array, column: number, min: number, max: number): number {
    if (column < 0) return NOT_PLAIN;
    const value = digitsAt(bytes, this.starts[column] as number, this.ends[column] as number);
    return value < min || value > max ? NOT_PLAIN : value;
  }

  /** A non-negative amount; NaN for an empty cell that may be empty; NOT_PLAIN otherwise. */
  private amount(bytes: Uint8Array, column: number, required: boolean): number {
    if (column < 0) return required ? NOT_PLAIN : Number.NaN;
    const start = this.starts[column] as number;
    const end = this.ends[column] as number;
    if (start === end) return required ? NOT_PLAIN : Number.NaN;
    const value = danishAmountAt(bytes, start, end);
    return value !== value ? NOT_PLAIN : value;
  }

  /** The cell's text; null when the string path must read it (a space at its edge). */
  private text(bytes: Uint8Array, column: number, dictionary: ByteDictionary): string | null {
    if (column < 0) return '';
    const start = this.starts[column] as number;
    const end = this.ends[column] as number;
    if (start === end) return '';
    if (this.padded(bytes, start, end)) return null;
    const entry = dictionary.lookup(bytes, start, end);
    if (entry >= 0) return dictionary.text(entry);
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
  }
}
