import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each([
    ['/litiges?onglet=clos', '/litiges?onglet=clos'],
    ['/tableau-de-bord#resume', '/tableau-de-bord#resume'],
    ['https://evil.example/phish', '/fallback'],
    ['//evil.example/phish', '/fallback'],
    ['/\\evil.example', '/fallback'],
    ['/.//evil.example', '/fallback'],
    ['/..//evil.example', '/fallback'],
    ['/%2e//evil.example', '/fallback'],
    ['/%2E%2E//evil.example/x', '/fallback'],
    ['/./\\evil.example', '/fallback'],
    ['/litiges/./LT-2026-000001', '/litiges/LT-2026-000001'],
    ['javascript:alert(1)', '/fallback'],
    ['litiges', '/fallback'],
    ['', '/fallback'],
    [null, '/fallback'],
  ])('%s → %s', (value, expected) => {
    expect(safeRedirectPath(value, '/fallback')).toBe(expected);
  });
});
