import { formatDate, parseDanishDate } from '../../../shared';

/** A stored ISO day as the form's text (d.m.åååå); '' for none. */
export const dateText = (value: unknown) => (typeof value === 'string' && value ? formatDate(value) : '');

/** What the user typed as the API's day: ISO when it is a day, else the text (the schema names the fault). */
export const dateValue = (text: string): string | null => (text.trim() === '' ? null : (parseDanishDate(text) ?? text));

/** Lines of a textarea, trimmed, without empty ones. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
