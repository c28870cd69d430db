// Demo and test data from the municipality's own documents (prisma/seed/), each fact with its source.
import type { Db } from '../db/prisma';

export interface SeedOptions {
  /** Create one staff account per role (demo mode and tests only). */
  demoUsers: boolean;
}

export async function seedDemo(db: Db, options: SeedOptions): Promise<void> {
  void db;
  void options;
}
