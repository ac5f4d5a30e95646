import authEn from '@locales/en/auth.json';
import authFr from '@locales/fr/auth.json';
import en from '@locales/en/recovery.json';
import fr from '@locales/fr/recovery.json';
import { describe, expect, it } from 'vitest';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof node === 'string') return result.set(prefix, node);
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
      result.set(path, leaf);
    }
  }
  return result;
}

describe.each([
  ['recovery', fr, en],
  ['auth', authFr, authEn],
])('%s locales', (_namespace, french, english) => {
  it('have the same keys in French and English, none empty', () => {
    expect([...leaves(english).keys()].sort()).toEqual([...leaves(french).keys()].sort());
    for (const text of [...leaves(french).values(), ...leaves(english).values()]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it.each([...leaves(french).entries()])('French %s follows French typography', (_key, text) => {
    expect(text).not.toMatch(/[^\u00a0][:;!?]/);
    expect(text).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    expect(text).not.toMatch(/ {2}|\s$|^\s/);
    expect(text).not.toContain("'");
  });
});
