// Danish answers to malformed requests: control characters, bodies the server will not read, and
// graphql-js's own validation and coercion messages (translated in apps/api/src/graphql/danishValidation.ts).
// Names of fields, arguments, types and variables are quoted as the caller wrote them.

const q = (name: string) => `"${name}"`;

export const requestMessages = {
  controlCharacters: (path: string) =>
    `${q(path)} indeholder et ugyldigt kontroltegn (f.eks. NUL). Fjern tegnet, og prøv igen.`,
  parameterControlCharacters: (name: string) =>
    `Parameteren ${q(name)} indeholder et ugyldigt kontroltegn (f.eks. NUL).`,
  /** For a CSV cell: the column name is put in front by the caller. */
  cellControlCharacters: 'indeholder et ugyldigt kontroltegn (f.eks. NUL)',
  headerControlCharacters: 'Overskriftslinjen indeholder et ugyldigt kontroltegn (f.eks. NUL).',
  tooDeep: (max: number) => `Forespørgslen er indlejret for dybt; højst ${max} niveauer.`,
  tooLarge: (limit: string) => `Forespørgslen er for stor; den må højst fylde ${limit}.`,
  malformedJson: 'Forespørgslen er ikke gyldig JSON.',
  unsupportedEncoding: 'Forespørgslens tegnsæt eller komprimering understøttes ikke; send den som UTF-8.',
  badBody: 'Forespørgslen kan ikke læses. Send et JSON-objekt med feltet "query" (Content-Type: application/json).',
  batching: 'Send én forespørgsel ad gangen (flere i én liste understøttes ikke).',
  queryNotText: 'Feltet "query" skal være tekst.',
  variablesNotObject: 'Feltet "variables" skal være et JSON-objekt.',
  extensionsNotObject: 'Feltet "extensions" skal være et JSON-objekt.',
  operationNameNotText: 'Feltet "operationName" skal være tekst.',
  missingQuery: 'Forespørgslen mangler feltet "query".',
  getVariablesNotJson: 'Parameteren "variables" skal være gyldig JSON.',
  getExtensionsNotJson: 'Parameteren "extensions" skal være gyldig JSON.',
  mutationNeedsPost: 'Ændringer skal sendes med POST.',
  csrf: 'Forespørgslen blev afvist som mulig CSRF. Send den som JSON, eller tilføj headeren "Apollo-Require-Preflight".',
  badRequest: 'Forespørgslen er ugyldig.',
  malformedUrl: 'Adressen er ugyldig (forkert %-kodning).',
} as const;

/** graphql-js's validation, coercion and syntax messages in Danish. */
export const graphqlMessages = {
  syntax: (line?: number, column?: number) =>
    line === undefined
      ? 'Forespørgslen har en syntaksfejl.'
      : `Forespørgslen har en syntaksfejl (linje ${line}, kolonne ${column}).`,
  unknownField: (field: string, type: string) => `Feltet ${q(field)} findes ikke på typen ${q(type)}.`,
  introspectionOff: 'Skemaet kan ikke slås op (introspektion) på denne server.',
  unknownArgument: (arg: string, field: string) => `Argumentet ${q(arg)} findes ikke på ${q(field)}.`,
  missingArgument: (field: string, arg: string, type: string) =>
    `${q(field)} mangler det påkrævede argument ${q(arg)} af typen ${q(type)}.`,
  argumentMissing: (arg: string, type: string) => `Argumentet ${q(arg)} af typen ${q(type)} skal angives.`,
  argumentInvalid: (arg: string) => `Argumentet ${q(arg)} har en ugyldig værdi.`,
  missingInputField: (field: string, type: string) => `Feltet ${q(field)} af typen ${q(type)} skal angives.`,
  unknownInputField: (field: string, type: string) => `Feltet ${q(field)} findes ikke på typen ${q(type)}.`,
  needsSubfields: (field: string, type: string) => `Feltet ${q(field)} af typen ${q(type)} skal have underfelter.`,
  noSubfields: (field: string, type: string) => `Feltet ${q(field)} af typen ${q(type)} har ingen underfelter.`,
  unknownType: (type: string) => `Typen ${q(type)} findes ikke.`,
  unknownDirective: (directive: string) => `Direktivet ${q(directive)} findes ikke.`,
  misplacedDirective: (directive: string) => `Direktivet ${q(directive)} kan ikke bruges her.`,
  repeatedDirective: (directive: string) => `Direktivet ${q(directive)} må kun bruges én gang her.`,
  unknownFragment: (fragment: string) => `Fragmentet ${q(fragment)} findes ikke.`,
  unusedFragment: (fragment: string) => `Fragmentet ${q(fragment)} bruges ikke.`,
  fragmentCycle: (fragment: string) => `Fragmentet ${q(fragment)} bruger sig selv.`,
  fragmentMismatch: (fragment: string) => `Fragmentet ${q(fragment)} passer ikke til typen her.`,
  duplicateName: (kind: string, name: string) => `Der må kun være ét ${kind} med navnet ${q(name)}.`,
  anonymousNotAlone: 'En unavngiven operation skal være den eneste i forespørgslen.',
  variableWrongPlace: (variable: string, type: string, expected: string) =>
    `Variablen ${q(variable)} har typen ${q(type)}, men her forventes typen ${q(expected)}.`,
  variableNotDefined: (variable: string) => `Variablen ${q(variable)} er ikke erklæret.`,
  variableUnused: (variable: string) => `Variablen ${q(variable)} bruges ikke.`,
  variableNotInputType: (variable: string, type: string) => `Variablen ${q(variable)} kan ikke have typen ${q(type)}.`,
  variableInvalid: (variable: string, at: string | undefined, reason: string) =>
    `Variablen ${q(variable)} har en ugyldig værdi${at ? ` ved ${q(at)}` : ''}: ${reason}`,
  variableMissing: (variable: string, type: string) => `Variablen ${q(variable)} af typen ${q(type)} skal angives.`,
  variableNull: (variable: string, type: string) => `Variablen ${q(variable)} af typen ${q(type)} må ikke være null.`,
  tooManyVariableErrors: 'For mange ugyldige variabler; resten er ikke kontrolleret.',
  valueInvalid: (value: string, reason: string) => `Værdien ${value} ${reason}`,
  literalInvalid: (type: string, reason: string) => `Værdien passer ikke til typen ${q(type)}: ${reason}`,
  notInt: 'skal være et helt tal mellem -2147483648 og 2147483647.',
  notFloat: 'skal være et tal.',
  notString: 'skal være tekst.',
  notBoolean: 'skal være true eller false.',
  notId: 'skal være et id (tekst eller helt tal).',
  notEnum: (value: string, type: string) => `${value} er ikke en af værdierne i ${q(type)}.`,
  notObject: (type: string) => `skal være et objekt af typen ${q(type)}.`,
  notNull: (type: string) => `må ikke være null (typen ${q(type)}).`,
  wrongValue: 'værdien har en forkert type.',
  conflictingFields: (alias: string) =>
    `Feltet ${q(alias)} hentes to gange med forskellige argumenter eller typer; brug forskellige aliaser.`,
  unknownOperation: (name: string) => `Operationen ${q(name)} findes ikke i forespørgslen.`,
  operationNameRequired: 'Angiv "operationName", når forespørgslen har flere operationer.',
  subscriptionsUnsupported: 'Abonnementer (subscriptions) understøttes ikke.',
  didYouMean: (names: string) => ` Mente du ${names}?`,
  fallback: 'Forespørgslen er ugyldig.',
} as const;
