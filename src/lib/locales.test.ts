import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems, typographyProblems } from '@/testing/typography';

interface Tree {
  [key: string]: string | Tree;
}

const files = import.meta.glob<Tree>('../../locales/*/*.json', { eager: true, import: 'default' });

function leaves(node: Tree, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

interface Text {
  key: string;
  text: string;
}

/** Every text of a language, keyed `namespace:path`. */
function texts(language: 'fr' | 'en'): Text[] {
  return Object.entries(files).flatMap(([file, tree]) => {
    const match = /\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
    if (match?.[1] !== language) return [];
    return leaves(tree).map(([path, text]) => ({ key: `${match[2]}:${path}`, text }));
  });
}

const fr = texts('fr');
const en = texts('en');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const withoutPlural = (list: Text[]) =>
  [...new Set(list.map(({ key }) => key.replace(PLURAL_SUFFIX, '')))].sort();
/** Each text's problems, prefixed with its key: one readable list per language. */
const problems = (list: Text[], check: (text: string) => string[]) =>
  list.flatMap(({ key, text }) => check(text).map((problem) => `${key}: ${problem}`));
const matching = (list: Text[], pattern: RegExp) =>
  list.filter(({ text }) => pattern.test(text)).map(({ key, text }) => `${key}: ${text}`);

describe('locale files', () => {
  it('have the same keys in French and English, plural forms aside', () => {
    expect(withoutPlural(en)).toEqual(withoutPlural(fr));
  });

  it('have every French plural form: one, many (« 1 000 000 de litiges ») and other', () => {
    const keys = new Set(fr.map(({ key }) => key));
    const plurals = [...keys].filter((key) => /_(one|other)$/.test(key));
    const missing = plurals.flatMap((key) =>
      ['_one', '_many', '_other']
        .map((suffix) => key.replace(PLURAL_SUFFIX, suffix))
        .filter((wanted) => !keys.has(wanted)),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('follow French typography in French', () => {
    expect(problems(fr, frenchTypographyProblems)).toEqual([]);
  });

  it('follow English typography in English', () => {
    expect(problems(en, (text) => typographyProblems(text, 'en'))).toEqual([]);
  });

  it('format counts through Intl', () => {
    // `{{count, number}}` writes « 1 204 » and « 1,204 »; a bare `{{count}}` writes « 1204 ».
    expect(matching([...fr, ...en], /\{\{count\}\}/)).toEqual([]);
  });

  it('use the words of the product', () => {
    expect(matching(fr, /tableau de bord|action compensatoire|par courrier|suite d’une/i)).toEqual(
      [],
    );
    // One rule for inclusive forms: neutral wording, never « inscrit(e) ».
    expect(matching(fr, /\p{L}\(e\)/u)).toEqual([]);
    expect(matching(en, /\b(merchant|my|your) space\b|\bturn (\w+ )?on\b|\bD-(\d|\{\{)/i)).toEqual(
      [],
    );
    // « contest » is the verb; as a noun it reads as a competition.
    expect(matching(en, /\b(a|the|my|your) contest\b/i)).toEqual([]);
  });
});

describe('the typography checks', () => {
  it.each([
    ['5 Mo', 'fr'],
    ['{{value}} Mo', 'fr'],
    ['{{percent}} %', 'fr'],
    ['{{ms}} ms', 'fr'],
    ['01 47 77 75 75', 'fr'],
    ['Limite atteinte : la suite', 'fr'],
    ['le bouton « Chat »', 'fr'],
    ["Souscrivez à l'outil", 'fr'],
    ['25 MB in all', 'en'],
    ['{{ms}} ms more', 'en'],
    ["your establishment's name", 'en'],
    ['click « Activate »', 'en'],
  ] as const)('catch « %s » (%s)', (text, language) => {
    expect(typographyProblems(text, language)).not.toEqual([]);
  });

  it.each([
    ['5\u00a0Mo', 'fr'],
    ['{{percent}}\u00a0%', 'fr'],
    ['1\u202f204 litiges', 'fr'],
    ['Statut\u00a0: clos', 'fr'],
    ['25\u00a0MB in all, 50%', 'en'],
  ] as const)('let « %s » through (%s)', (text, language) => {
    expect(typographyProblems(text, language)).toEqual([]);
  });
});
