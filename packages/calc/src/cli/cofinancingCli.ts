import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { cofinancingFromCsv } from '../cofinancing/cofinancingFromCsv';
import { formatCofinancingTable } from '../cofinancing/formatCofinancingTable';
import { parseRateSet } from '../cofinancing/parseRateSet';
import { InputError } from '../errors/InputError';
import { readJsonFile } from './readJsonFile';
import { reportCliError } from './reportCliError';

const USAGE =
  'Brug: cofinancing --rates <satser.json> --activity <aktivitet.csv> [--compare <satser.json>] [--population <antal>] [--table]\n';

/** Amounts to øre in the JSON output; the engine itself keeps full precision. */
const roundToOre = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;

async function readRates(path: string, label: string): Promise<ReturnType<typeof parseRateSet>> {
  try {
    return parseRateSet(await readJsonFile(path));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.issues, `Fejl i ${label} (${path})`);
    throw error;
  }
}

/** `cofinancing --rates … --activity … [--compare …]`; returns the exit code. */
export async function cofinancingCli(
  args: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const options: Record<string, string> = {};
  let table = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--help' || arg === '-h') {
      stdout.write(USAGE);
      return 0;
    }
    if (arg === '--table') table = true;
    else if (['--rates', '--activity', '--compare', '--population'].includes(arg) && value !== undefined) {
      options[arg.slice(2)] = value;
      i++;
    } else {
      stderr.write(`Ukendt eller ufuldstændigt tilvalg: ${arg}\n${USAGE}`);
      return 1;
    }
  }
  if (!options.rates || !options.activity) {
    stderr.write(USAGE);
    return 1;
  }
  try {
    const population = options.population === undefined ? null : Number(options.population);
    if (population !== null && !(Number.isFinite(population) && population > 0)) {
      throw new InputError(
        [{ message: `--population skal være et positivt tal, ikke "${options.population}"` }],
        'Fejl i tilvalg',
      );
    }
    const rates = await readRates(options.rates, 'satsfilen');
    const compare = options.compare ? await readRates(options.compare, 'sammenligningsfilen') : null;
    try {
      await access(options.activity);
    } catch {
      throw new InputError([{ message: `filen ${options.activity} kan ikke læses` }], 'Fejl i input');
    }
    const report = await cofinancingFromCsv(createReadStream(options.activity, { highWaterMark: 1 << 20 }), rates, {
      compare,
      population,
    });
    if (table) stdout.write(`${formatCofinancingTable(report)}\n`);
    else {
      const { base, compare: other, difference, rows } = report;
      const json = other ? { ...base, rows, compare: other, difference } : { ...base, rows };
      stdout.write(`${JSON.stringify(json, roundToOre, 2)}\n`);
    }
    return 0;
  } catch (error) {
    return reportCliError(error, stderr);
  }
}
