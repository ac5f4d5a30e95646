/**
 * The typography checks the locale files, the mock e-mails and the chat answers are held to.
 * Each problem comes back named, with the text around it, so a failure says what to fix.
 */
type Language = 'fr' | 'en';

interface Rule {
  name: string;
  pattern: RegExp;
}

// A no-break space (U+00A0) or the narrow one Intl writes in French numbers (U+202F).
const BREAKABLE_BEFORE = '(?<![\\u00a0\\u202f])';
const NUMBER_END = '(?:\\d|\\}\\})';
const UNIT_END = '(?![\\p{L}\\d])';

const shared: Rule[] = [
  { name: 'straight apostrophe (’)', pattern: /'/ },
  { name: 'straight quotation mark', pattern: /"/ },
  { name: 'plain space inside a number', pattern: /\d \d/ },
  { name: 'double space', pattern: / {2}/ },
  { name: 'space at an end', pattern: /^\s|\s$/ },
];

const rules: Record<Language, Rule[]> = {
  fr: [
    ...shared,
    { name: 'no no-break space before : ; ! ?', pattern: new RegExp(`${BREAKABLE_BEFORE}[:;!?]`) },
    {
      name: 'no no-break space inside « »',
      pattern: /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/,
    },
    {
      name: 'no no-break space before a unit',
      pattern: new RegExp(`${NUMBER_END} ?(?:%|Mo|ko|o|ms|h)${UNIT_END}`, 'u'),
    },
  ],
  en: [
    ...shared,
    { name: 'French quotation marks in English', pattern: /[«»]/ },
    {
      name: 'no no-break space before a unit',
      pattern: new RegExp(`${NUMBER_END} ?(?:MB|kB|B|ms)${UNIT_END}|${NUMBER_END} %`, 'u'),
    },
  ],
};

export function typographyProblems(text: string, language: Language): string[] {
  return rules[language].flatMap(({ name, pattern }) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const around = text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12);
    return [`${name}: « ${around} »`];
  });
}

export function frenchTypographyProblems(text: string): string[] {
  return typographyProblems(text, 'fr');
}
