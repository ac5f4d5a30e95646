import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  changeLanguage,
  currentLanguage,
  fixedT,
  forgetTexts,
  interpolate,
  loadNamespaces,
  translate,
} from './i18n';

// The app's own texts, with the real locale files (loaded by the test setup).
const t = (key: string, count: number, lng: 'fr' | 'en' = 'fr') => translate(key, { count, lng });

describe('two changes of language', () => {
  // English not loaded yet: the first change has to wait for it.
  beforeEach(() => forgetTexts('en'));
  afterEach(() => changeLanguage('fr'));

  it('end in the language asked for last when two changes overlap', async () => {
    const english = changeLanguage('en');
    const french = changeLanguage('fr');
    await Promise.all([english, french]);
    expect(currentLanguage()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });
});

describe('counts in texts', () => {
  beforeAll(() => loadNamespaces(['disputes', 'dashboard'], 'en'));

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

describe('texts', () => {
  afterEach(() => changeLanguage('fr'));

  it('put their values in, and leave a missing one visible', () => {
    const t = fixedT('fr', 'disputes');
    expect(t('list.tabCount', { count: 2 })).toBe('2 litiges');
    expect(t('common:language.switchTo.en')).toBe('English');
    expect(t.template('list.tabCount', { count: 2 })).toBe('{{count, number}} litiges');
  });

  it('show the key of a text that does not exist', () => {
    expect(translate('disputes:nothing.here')).toBe('nothing.here');
  });

  it('follow the page language once its texts are loaded', async () => {
    await changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(translate('disputes:list.tabCount', { count: 1 })).toBe('1 dispute');
  });

  it('leave a value never given visible, and show one given as empty as nothing', () => {
    expect(interpolate('« {{name}} » {{format}}', { name: 'a.pdf', format: undefined }, 'fr')).toBe(
      '« a.pdf » ',
    );
    expect(interpolate('« {{name}} »', {}, 'fr')).toBe('« {{name}} »');
  });

  it('change language even when a name with no texts was asked for', async () => {
    await expect(loadNamespaces(['no-such-namespace'])).rejects.toThrow();
    await changeLanguage('en');
    expect(currentLanguage()).toBe('en');
  });
});
