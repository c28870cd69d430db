// Imported first by the search benchmarks: libraries that read NODE_ENV when they load (graphql-js
// skips its development-only checks in production) must see it before any other import runs.
process.env.NODE_ENV = 'production';
