import { businessCaseReport } from '../businessCase/businessCaseReport';
import { formatBusinessCaseTable } from '../businessCase/formatBusinessCaseTable';
import { parseScenario } from '../businessCase/parseScenario';
import { readJsonFile } from './readJsonFile';
import { reportCliError } from './reportCliError';

const USAGE = 'Brug: business-case <scenarie.json> [--table]\n';

/** `business-case <scenario.json> [--table]`; returns the exit code. */
export async function businessCaseCli(
  args: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const table = args.includes('--table');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--table');
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--help') || args.includes('-h')) {
    stdout.write(USAGE);
    return 0;
  }
  const [file] = files;
  if (file === undefined || files.length !== 1 || unknown.length > 0) {
    stderr.write(unknown.length > 0 ? `Ukendt tilvalg: ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 1;
  }
  try {
    const report = businessCaseReport(parseScenario(await readJsonFile(file)));
    stdout.write(table ? `${formatBusinessCaseTable(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    return reportCliError(error, stderr);
  }
}
