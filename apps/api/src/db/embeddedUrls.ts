// The connection strings of the embedded databases (PGlite) started in this process, apart from the
// module that starts them, so that the data layer can ask without loading PGlite.

/** URLs of embedded servers started in this process: one PostgreSQL session behind every connection. */
export const embeddedUrls = new Set<string>();
