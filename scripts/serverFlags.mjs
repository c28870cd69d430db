// The V8 flags the production server runs with (scripts/start.mjs), and with which the benches run the code
// they measure (bench/bundled.mjs): a larger young generation (ADR 039). A GraphQL answer allocates many
// short-lived objects (graphql-js's per-field bookkeeping, Prisma's rows), and a search's first run makes
// its lists and tables; with V8's default 16 MB semi-space the scavenger ran for a large part of the CPU time
// of big pages. A size already given (in NODE_OPTIONS or the command) wins.
export function serverV8Flags(given = []) {
  return [process.env.NODE_OPTIONS ?? '', ...given].some((a) => /--max-semi-space-size/.test(a))
    ? []
    : ['--max-semi-space-size=64'];
}
