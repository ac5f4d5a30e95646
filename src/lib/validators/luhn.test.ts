import { describe, expect, it } from 'vitest';
import { isLuhnValid } from './luhn';

describe('isLuhnValid', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['732829320', true],
    ['732829321', false],
    ['4539578763621486', true],
    ['0', true],
    ['', false],
    ['7992 7398 713', false],
    ['12a4', false],
  ])('%j → %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });
});
