import { safeReturnPath } from '../src/returnPath';

test('a path of this site is returned to, with its query and fragment', () => {
  expect(safeReturnPath('/tilbud?q=rygestop')).toBe('/tilbud?q=rygestop');
  expect(safeReturnPath('/tilbud/o-1?fra=q%3Drygestop')).toBe('/tilbud/o-1?fra=q%3Drygestop');
  expect(safeReturnPath('/projekter#status')).toBe('/projekter#status');
});

test('anything that could leave the site is refused (no open redirect)', () => {
  for (const value of [
    '//evil.example',
    '//evil.example/tilbud',
    '/\\evil.example',
    '\\\\evil.example',
    '/tilbud\\..\\x',
    'https://evil.example/',
    'javascript:alert(1)',
    'tilbud',
    '',
    ' /tilbud',
    '/\t/evil.example',
    '/\n/evil.example',
    '/tilbud?q=a b',
    `/${'a'.repeat(3000)}`,
    `/tilbud?q=${'æ'.repeat(400)}`,
    '/api/auth/oidc/login',
    '/API/offers/export.csv',
    null,
    undefined,
    ['/tilbud'],
  ])
    expect(safeReturnPath(value)).toBeNull();
});

test('the sign-in page itself is not a destination', () => {
  expect(safeReturnPath('/log-ind')).toBeNull();
  expect(safeReturnPath('/log-ind?til=%2Ftilbud')).toBeNull();
  expect(safeReturnPath('/Log-Ind')).toBeNull();
});
