// Danish messages for the operator: start-up refusals of the embedded data folder and the database
// command lines (pnpm db:backup, db:restore, db:seed). Kept apart from the API's error messages.
export const operationMessages = {
  dataDirIncomplete: (dir: string, missing: string[]) =>
    `datamappen ${dir} er ikke tom, men den er ikke en hel database (mangler: ${missing.join(', ')}). ` +
    'Intet er slettet eller genskabt. Genskab den fra en sikkerhedskopi med "pnpm db:restore FIL --force", ' +
    'eller flyt mappen væk, hvis du vil starte forfra med demodata.',
  dataDirUnreadable: (dir: string, reason: string) =>
    `datamappen ${dir} kan ikke åbnes som database (${reason}). Intet er slettet eller genskabt. ` +
    'Genskab den fra en sikkerhedskopi med "pnpm db:restore FIL --force".',
  dataDirInUse: (dir: string) =>
    `datamappen ${dir} bruges allerede af en anden kørende Sundhedsoverblik. Stop den først.`,
  backupWritten: (file: string, bytes: string) => `Sikkerhedskopi skrevet: ${file} (${bytes})`,
  backupNothing: (dir: string) => `Der er ingen database i ${dir} at tage en sikkerhedskopi af.`,
  backupFailed: (reason: string) => `Sikkerhedskopien mislykkedes: ${reason}`,
  restoreDone: (file: string) => `Databasen er genskabt fra ${file}.`,
  restoreMovedAside: (dir: string) => `Den tidligere datamappe er flyttet til ${dir} (intet er slettet).`,
  restoreFailed: (reason: string) => `Genskabelsen mislykkedes: ${reason}`,
  restoreUsage: 'Brug: pnpm db:restore FIL [--force]',
  restoreTargetNotEmpty: (target: string) =>
    `${target} er ikke tom. Genskabelse overskriver alt i den: tilføj --force, hvis det er meningen (tag evt. en sikkerhedskopi først).`,
  restoreWrongKind: (file: string, expected: string) =>
    `${file} er ikke en sikkerhedskopi af den rigtige slags (forventede ${expected}). Genskab altid til samme slags database, som kopien er taget af.`,
  restoreAppRunning: 'Sundhedsoverblik kører stadig på den indlejrede database. Stop appen, før du genskaber.',
  fileMissing: (file: string) => `Filen ${file} findes ikke.`,
  pgToolMissing: (tool: string) =>
    `${tool} findes ikke på maskinen. Installér PostgreSQL-klientværktøjerne (fx "apt-get install postgresql-client") i en version, der mindst svarer til serverens.`,
  seedDone: 'Demodata er lagt ind.',
  seedAlready: 'Demodata findes allerede; intet er ændret.',
  seedRefused:
    'Databasen indeholder allerede data, som ikke er demodata. Demodata lægges kun i en tom database; intet er ændret.',
} as const;

/** What "Send til borger" tells the worker when the mail relay refuses the recipient. */
export const mailMessages = {
  recipientRejected: 'E-mailserveren afviste adressen. Tjek den, og prøv igen',
} as const;
