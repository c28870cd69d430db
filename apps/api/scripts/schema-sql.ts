// Prints the CREATE statements for schema.prisma on an empty database. Used once to write the first
// migration; later migrations are written by hand (docs/decisions/002-hand-written-migrations.md).
import { loadExpectedSchema, toCreateSql } from '../src/db/expectedSchema';
import { schemaPath } from '../src/db/paths';

process.stdout.write(toCreateSql(await loadExpectedSchema(schemaPath)));
