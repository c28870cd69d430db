import { readFile } from 'node:fs/promises';
import { InputError } from '../errors/InputError';

/**
 * Reads and parses a JSON file; a syntax error becomes an InputError with line and column, in
 * Danish, instead of V8's English message.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError([{ message: `filen ${path} kan ikke læses` }], 'Fejl i input');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const position = match ? Number(match[1]) : text.length;
    const before = text.slice(0, position).split('\n');
    throw new InputError(
      [
        {
          line: before.length,
          column: String((before.at(-1) ?? '').length + 1),
          message: `ugyldig JSON i ${path}`,
        },
      ],
      'Fejl i input',
    );
  }
}
