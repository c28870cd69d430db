#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { cofinancingCli } = await import('../src/cli/cofinancingCli.ts');
process.exitCode = await cofinancingCli(process.argv.slice(2));
