// graphql-js (16.x) and Apollo Server answer malformed operations in English. This module turns their
// messages into Danish texts from the message catalogue, keeping the names (field, argument, type,
// variable) they quote. Anything not matched gets a Danish fallback: the caller never reads English.
// The patterns follow graphql-js's message templates (validation/rules/*, execution/values.js,
// utilities/coerceInputValue.js, type/scalars.js, type/definition.js) and Apollo's runHttpQuery.
import { graphqlMessages as g, requestMessages as r } from '@sundhed/shared';

/**
 * A match's groups 1-3, '' where a group did not take part (an optional group): the patterns below use
 * at most three, and their required groups are always there when the pattern matched.
 */
type Groups = readonly [whole: string, first: string, second: string, third: string] & { readonly input: string };
type Translate = (m: Groups, locations?: readonly { line: number; column: number }[]) => string;

function groupsOf(m: RegExpMatchArray): Groups {
  return Object.assign([m[0], m[1] ?? '', m[2] ?? '', m[3] ?? ''] as const, { input: m.input ?? '' });
}

/** ` Did you mean "a", "b", or "c"?` at the end of a message (off in production, see the limits ADR). */
const DID_YOU_MEAN = / Did you mean (?:the [a-z ]+? )?(".+)\?$/;

/** The reason after "; " in a coercion message: a scalar's or enum's complaint about one value. */
const reasons: [RegExp, Translate][] = [
  [/^Int cannot represent/, () => g.notInt],
  [/^Float cannot represent/, () => g.notFloat],
  [/^String cannot represent/, () => g.notString],
  [/^Boolean cannot represent/, () => g.notBoolean],
  [/^ID cannot represent/, () => g.notId],
  [/^Value (".*?") does not exist in "(\w+)" enum\.$/, (m) => g.notEnum(m[1], m[2])],
  [/^Enum "(\w+)" cannot represent non-(?:enum|string) value: (.*?)\.$/, (m) => g.notEnum(m[2], m[1])],
  [/^Expected type "([^"]+)" to be an object\.$/, (m) => g.notObject(m[1])],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, (m) => g.notNull(m[1])],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/, (m) => g.missingInputField(m[1], m[2])],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\.$/, (m) => g.unknownInputField(m[1], m[2])],
  [/^Expected type "([^"]+)"\. /, () => g.wrongValue],
];

function reason(text: string): string {
  const bare = text.replace(DID_YOU_MEAN, '');
  for (const [pattern, translate] of reasons) {
    const m = bare.match(pattern);
    if (m) return translate(groupsOf(m));
  }
  // Our own scalars (Date) already answer in Danish; graphql-js never writes æ, ø, å or "ikke".
  return /[æøåÆØÅ]|\bikke\b/.test(bare) ? bare : g.wrongValue;
}

const patterns: [RegExp, Translate][] = [
  // graphql-js's lexer and parser only: limit plugins also prefix their messages with "Syntax Error:".
  [
    /^Syntax Error: (?:Expected|Unexpected|Unterminated|Invalid|Cannot parse|Bad character)/,
    (_m, loc) => g.syntax(loc?.[0]?.line, loc?.[0]?.column),
  ],
  // Apollo Server, in production (ADR 013).
  [/^GraphQL introspection is not allowed/, () => g.introspectionOff],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (m) => g.unknownField(m[1], m[2])],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\./, (m) => g.unknownArgument(m[1], m[2])],
  [/^Unknown argument "([^"]+)" on directive "([^"]+)"\./, (m) => g.unknownArgument(m[1], m[2])],
  [
    /^(?:Field|Directive) "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./,
    (m) => g.missingArgument(m[1], m[2], m[3]),
  ],
  [/^Argument "([^"]+)" of (?:required|non-null) type "([^"]+)"/, (m) => g.argumentMissing(m[1], m[2])],
  [/^Argument "([^"]+)" has invalid value/, (m) => g.argumentInvalid(m[1])],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have (?:a selection of subfields|at least one field selected)/,
    (m) => g.needsSubfields(m[1], m[2]),
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./,
    (m) => g.noSubfields(m[1], m[2]),
  ],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\./, (m) => g.missingInputField(m[1], m[2])],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\./, (m) => g.unknownInputField(m[1], m[2])],
  [/^Unknown type "([^"]+)"\./, (m) => g.unknownType(m[1])],
  [/^Unknown directive "([^"]+)"\./, (m) => g.unknownDirective(m[1])],
  [/^Directive "([^"]+)" may not be used on /, (m) => g.misplacedDirective(m[1])],
  [/^The directive "([^"]+)" can only be used once/, (m) => g.repeatedDirective(m[1])],
  [/^Unknown fragment "([^"]+)"\./, (m) => g.unknownFragment(m[1])],
  [/^Fragment "([^"]+)" is never used\./, (m) => g.unusedFragment(m[1])],
  [/^Cannot spread fragment "([^"]+)" within itself/, (m) => g.fragmentCycle(m[1])],
  [/^Fragment "([^"]+)" cannot (?:be spread here|condition)/, (m) => g.fragmentMismatch(m[1])],
  [/^Fragment cannot (?:be spread here|condition)/, () => g.fragmentMismatch('…')],
  [/^There can be only one variable named "([^"]+)"\./, (m) => g.duplicateName('variabel', m[1])],
  [/^There can be only one argument named "([^"]+)"\./, (m) => g.duplicateName('argument', m[1])],
  [/^There can be only one input field named "([^"]+)"\./, (m) => g.duplicateName('felt', m[1])],
  [/^There can be only one fragment named "([^"]+)"\./, (m) => g.duplicateName('fragment', m[1])],
  [/^There can be only one operation named "([^"]+)"\./, (m) => g.duplicateName('operation', m[1])],
  [/^There can be only one directive named "([^"]+)"\./, (m) => g.duplicateName('direktiv', m[1])],
  [/^This anonymous operation must be the only defined operation\./, () => g.anonymousNotAlone],
  [
    /^Variable "([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    (m) => g.variableWrongPlace(m[1], m[2], m[3]),
  ],
  [/^Variable "([^"]+)" is not defined/, (m) => g.variableNotDefined(m[1])],
  [/^Variable "([^"]+)" is never used/, (m) => g.variableUnused(m[1])],
  [/^Variable "([^"]+)" cannot be non-input type "([^"]+)"\./, (m) => g.variableNotInputType(m[1], m[2])],
  [
    /^Variable "([^"]+)" expected value of type "([^"]+)" which cannot be used/,
    (m) => g.variableNotInputType(m[1], m[2]),
  ],
  [/^Variable "([^"]+)" of required type "([^"]+)" was not provided\./, (m) => g.variableMissing(m[1], m[2])],
  [/^Variable "([^"]+)" of non-null type "([^"]+)" must not be null\./, (m) => g.variableNull(m[1], m[2])],
  [
    /^Variable "([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/,
    (m) => g.variableInvalid(m[1], m[2] || undefined, reason(m[3])),
  ],
  [/^Too many errors processing variables/, () => g.tooManyVariableErrors],
  [
    /^Expected value of type "([^"]+)", found [\s\S]*?(?:; ([\s\S]*))?$/,
    (m) => g.literalInvalid(m[1], m[2] ? reason(m[2]) : g.wrongValue),
  ],
  // A literal refused by a scalar or enum: graphql-js reports the bare complaint.
  [/^(?:Int|Float|String|Boolean|ID) cannot represent[^:]*: ([\s\S]*)$/, (m) => g.valueInvalid(m[1], reason(m.input))],
  [/^Enum "\w+" cannot represent|^Value ".*?" does not exist in/, (m) => reason(m.input)],
  [/^Fields "([^"]+)" conflict because/, (m) => g.conflictingFields(m[1])],
  [/^Unknown operation named "([^"]+)"\./, (m) => g.unknownOperation(m[1])],
  [/^Must provide operation name if query contains multiple operations\./, () => g.operationNameRequired],
  [/^Schema is not configured to execute subscription|^Anonymous Subscription/, () => g.subscriptionsUnsupported],
  // Apollo Server's HTTP-level refusals.
  [/^POST body missing, invalid Content-Type, or JSON object has no keys\./, () => r.badBody],
  [/^Operation batching disabled\./, () => r.batching],
  [/^GraphQL queries must be strings\./, () => r.queryNotText],
  [/^`variables` in a POST body must be an object/, () => r.variablesNotObject],
  [/^`extensions` in a POST body must be an object/, () => r.extensionsNotObject],
  [/^`operationName` in a POST body must be a string/, () => r.operationNameNotText],
  [/^GraphQL operations must contain a non-empty `query`/, () => r.missingQuery],
  [/^`variables` in a GET request must be/, () => r.getVariablesNotJson],
  [/^`extensions` in a GET request must be/, () => r.getExtensionsNotJson],
  [/^Can only perform a mutation operation from a POST request\./, () => r.mutationNeedsPost],
  [/^This operation has been blocked as a potential Cross-Site Request Forgery/, () => r.csrf],
];

/** The Danish text for one of graphql-js's or Apollo's messages; the fallback if none matches. */
export function danishGraphQLMessage(message: string, locations?: readonly { line: number; column: number }[]): string {
  const suggestion = message.match(DID_YOU_MEAN);
  const bare = message.replace(DID_YOU_MEAN, '');
  for (const [pattern, translate] of patterns) {
    const m = bare.match(pattern);
    const suggested = suggestion?.[1];
    if (m)
      return (
        translate(groupsOf(m), locations) +
        (suggested ? g.didYouMean(suggested.replace(/, or /g, ' eller ').replace(/ or /g, ' eller ')) : '')
      );
  }
  // Our own scalars' complaints about a literal (Date: "Datoen 30.2.2027 findes ikke …") are Danish already.
  const ownDanish =
    /[æøåÆØÅ]|\bikke\b/.test(bare) && !/\b(?:Variable|Expected|Field|Argument|got invalid)\b/.test(bare);
  return ownDanish ? bare : g.fallback;
}

/**
 * graphql-js's input errors that carry no code: argument errors raised while executing a field, and the
 * one that ends variable coercion after 50 bad values. Apollo would report them as internal errors.
 */
export function isGraphQLInputError(message: string): boolean {
  return /^Argument "[^"]+" (?:of (?:required|non-null) type|has invalid value)|^Too many errors processing variables/.test(
    message,
  );
}
