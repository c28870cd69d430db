// The lint configuration lives with the linter's own dependencies (tools/lint, ADR 022).
export { default } from './tools/lint/eslint.config.mjs';
