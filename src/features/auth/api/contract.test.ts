import { describe, expect, it } from 'vitest';
import { getPasswordError } from '@/lib/validators/password';
import { loginRequestSchema } from './contract';

describe('password length: one measure for signup and login', () => {
  // 😀 is one character for the user and two UTF-16 units for JavaScript.
  it.each([
    ['128 emoji', '😀'.repeat(128), true],
    ['129 emoji', '😀'.repeat(129), false],
    ['128 letters', 'x'.repeat(128), true],
    ['129 letters', 'x'.repeat(129), false],
  ])('%s: the login accepts it exactly when the signup does', (_name, password, accepted) => {
    const atLogin = loginRequestSchema.safeParse({ identifiant: 'marie.durand', password });
    expect(atLogin.success).toBe(accepted);
    expect(getPasswordError(password) !== 'tooLong').toBe(accepted);
  });
});
