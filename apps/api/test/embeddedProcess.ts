// Runs commands and the embedded database in child processes, for tests of data folders (see
// fixtures/serveEmbedded.ts for why they cannot run inside Jest).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../src/db/paths';

export interface Finished {
  code: number | null;
  output: string;
}

/** Runs a TypeScript entry point (relative to apps/api) with tsx; resolves when it exits. */
export function runTs(
  entry: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 240_000,
): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'apps/api', entry), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export interface ServedEmbedded {
  url: string;
  socketDir: string;
  stop(): Promise<void>;
}

/** The embedded database on dataDir in a child process, until stop(). Rejects with its refusal. */
export function serveEmbedded(dataDir: string): Promise<ServedEmbedded> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'apps/api/test/fixtures/serveEmbedded.ts'), dataDir],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let stderr = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      output += d;
      const line = output.split('\n')[0];
      if (line === undefined || !output.includes('\n')) return;
      const parsed = JSON.parse(line) as { url?: string; socketDir?: string; error?: string };
      if (parsed.error) reject(new Error(parsed.error));
      else
        resolve({
          url: parsed.url!,
          socketDir: parsed.socketDir!,
          stop: async () => (child.stdin.end(), await exited),
        });
    });
    child.once('exit', (code) => reject(new Error(`serveEmbedded exited with ${code}: ${output}${stderr}`)));
  });
}
