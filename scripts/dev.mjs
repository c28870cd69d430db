// pnpm dev: the API with reload (tsx watch) on :4000 and Vite with hot reload on :5173.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', 'apps/api/src/main.ts'], { stdio: 'inherit', cwd: root }),
  spawn('pnpm', ['--filter', '@sundhed/web', 'dev'], { stdio: 'inherit', cwd: root }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
