#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { businessCaseCli } = await import('../src/cli/businessCaseCli.ts');
process.exitCode = await businessCaseCli(process.argv.slice(2));
