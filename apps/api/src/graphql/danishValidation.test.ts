// The translation table on its own: names kept, suggestions translated, nothing left in English.
import { danishGraphQLMessage, isGraphQLInputError } from './danishValidation';

test('a suggestion becomes "Mente du …?" with the names kept', () => {
  expect(danishGraphQLMessage('Cannot query field "nam" on type "Offer". Did you mean "name" or "names"?')).toBe(
    'Feltet "nam" findes ikke på typen "Offer". Mente du "name" eller "names"?',
  );
  expect(
    danishGraphQLMessage('Value "ACTIV" does not exist in "OfferStatus" enum. Did you mean the enum value "ACTIVE"?'),
  ).toBe('"ACTIV" er ikke en af værdierne i "OfferStatus". Mente du "ACTIVE"?');
});

test('coercion messages name the variable and the path inside it', () => {
  expect(
    danishGraphQLMessage(
      'Variable "$i" got invalid value "x" at "i.items[0].year"; Int cannot represent non-integer value: "x"',
    ),
  ).toBe(
    'Variablen "$i" har en ugyldig værdi ved "i.items[0].year": skal være et helt tal mellem -2147483648 og 2147483647.',
  );
  expect(danishGraphQLMessage('Variable "$id" of required type "ID!" was not provided.')).toBe(
    'Variablen "$id" af typen "ID!" skal angives.',
  );
});

test('our own Danish scalar messages pass through; anything unknown gets the Danish fallback', () => {
  expect(
    danishGraphQLMessage('Variable "$d" got invalid value "x"; "x" er ikke en dato (d.m.åååå eller åååå-mm-dd).'),
  ).toBe('Variablen "$d" har en ugyldig værdi: "x" er ikke en dato (d.m.åååå eller åååå-mm-dd).');
  expect(danishGraphQLMessage('Something graphql-js 17 might say.')).toBe('Forespørgslen er ugyldig.');
});

test('graphql-js input errors without a code are recognised', () => {
  expect(isGraphQLInputError('Too many errors processing variables, error limit reached. Execution aborted.')).toBe(
    true,
  );
  expect(isGraphQLInputError('Argument "id" of required type "ID!" was not provided.')).toBe(true);
  expect(isGraphQLInputError('Cannot read properties of undefined')).toBe(false);
});
