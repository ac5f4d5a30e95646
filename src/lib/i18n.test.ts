import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

// The app's own i18next instance, with the real locale files (loaded by the test setup).
const t = (key: string, count: number, lng: 'fr' | 'en' = 'fr') => i18next.t(key, { count, lng });

describe('counts in texts', () => {
  beforeAll(() => i18next.loadLanguages('en'));

  it('group digits the French way, with the narrow no-break space Intl writes', () => {
    expect(t('disputes:list.tabCount', 1204)).toBe('1\u202f204 litiges');
    expect(t('disputes:list.export.done', 5000)).toBe('Export prêt\u00a0: 5\u202f000 litiges.');
  });

  it('take the French singular, the « many » form of round millions, and the plural', () => {
    expect(t('disputes:list.tabCount', 1)).toBe('1 litige');
    expect(t('disputes:list.tabCount', 0)).toBe('0 litige');
    expect(t('disputes:list.tabCount', 1_000_000)).toBe('1\u202f000\u202f000 de litiges');
    expect(t('dashboard:disputes.toHandle', 2_000_000)).toBe('de litiges à traiter');
  });

  it('group digits the English way in English', () => {
    expect(t('disputes:list.tabCount', 1204, 'en')).toBe('1,204 disputes');
    expect(t('disputes:days.left', 1, 'en')).toBe('1 day left');
    expect(t('disputes:days.left', 3, 'en')).toBe('3 days left');
  });
});
