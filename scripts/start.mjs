// pnpm start: runs the built server (apps/api/dist/main.mjs) in production mode (NODE_ENV=production
// unless set otherwise: no introspection, suggestions or stack traces; ADR 013); tells how to build
// when it is missing. Development mode is `pnpm dev`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverV8Flags } from './serverFlags.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'apps/api/dist/main.mjs');
if (!existsSync(main) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  console.error('Sundhedsoverblik er ikke bygget endnu. Kør: pnpm build');
  process.exit(1);
}
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
// A larger young generation (ADR 039; NODE_OPTIONS may set its own size).
const child = spawn(process.execPath, ['--enable-source-maps', ...serverV8Flags(), main], {
  stdio: 'inherit',
  cwd: root,
  env,
});
// The server shuts down gracefully on SIGTERM/SIGINT (ADR 017): forward the signal and stay alive until the
// server has finished, so a process manager that waits for this process waits for the server too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)));
