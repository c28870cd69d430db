// The field errors' one sentence: every issue ends in exactly one full stop, also one whose catalogue
// text already ends in one (no "Kontakt Sundhedsstaben..").
import { validationError } from './errors';

test('a validation message has one full stop after each issue, whether or not the issue brings its own', () => {
  const error = validationError([
    { path: 'phone', message: 'Mobilnummer skal være 8 cifre' },
    { path: 'offerId', message: 'Der er ikke sat en offentlig adresse op. Kontakt Sundhedsstaben.' },
  ]);
  expect(error.code).toBe('VALIDATION');
  expect(error.message).toBe(
    'Oplysningerne er ikke gyldige. Mobilnummer skal være 8 cifre. Der er ikke sat en offentlig adresse op. Kontakt Sundhedsstaben.',
  );
  expect(error.message).not.toMatch(/\.\./);
  // The fields keep the catalogue's own words.
  expect(error.fields[1]?.message).toBe('Der er ikke sat en offentlig adresse op. Kontakt Sundhedsstaben.');
});
