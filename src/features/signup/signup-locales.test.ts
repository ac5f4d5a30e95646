import en from '@locales/en/signup.json';
import fr from '@locales/fr/signup.json';
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

describe('signup locales', () => {
  it('have the same keys in French and English', () => {
    expect([...leaves(en).keys()].sort()).toEqual([...leaves(fr).keys()].sort());
  });

  it.each([...leaves(fr).entries()])('French %s follows French typography', (_key, text) => {
    expect(text).not.toMatch(/[^\u00a0][:;!?]/);
    expect(text).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    expect(text).not.toMatch(/ {2}|\s$|^\s/);
    expect(text).not.toContain("'");
  });
});
