// pnpm start: runs the built server (apps/api/dist/main.mjs); tells how to build when it is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'apps/api/dist/main.mjs');
if (!existsSync(main) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  console.error('Sundhedsoverblik er ikke bygget endnu. Kør: pnpm build');
  process.exit(1);
}
const child = spawn(process.execPath, ['--enable-source-maps', main], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
