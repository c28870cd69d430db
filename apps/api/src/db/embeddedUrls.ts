// The connection strings of the embedded databases (PGlite) started in this process, apart from the
// module that starts them, so that the data layer can ask without loading PGlite.

/**
 * URLs of embedded servers started in this process: one PostgreSQL session behind every connection, so no
 * named statements (prisma.ts, poolOf) and no bulk COPY beside Prisma (cofinancing/activityImport.ts).
 */
export const embeddedUrls = new Set<string>();
