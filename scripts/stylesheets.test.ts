import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest runs from the repository's root.
const root = process.cwd();

/** Every stylesheet of the app and of the dev toolbar, as text, keyed by path from the root. */
const sheets: Record<string, string> = Object.fromEntries(
  ['src', 'mocks'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => {
        const name = `/${dir}/${file.split(path.sep).join('/')}`;
        return [name, readFileSync(path.join(root, name), 'utf8')];
      }),
  ),
);

const TOKENS = '/src/styles/tokens.css';
const INDEX = '/src/styles/index.css';
const LAYERS = ['tokens', 'base', 'layout', 'components', 'features'];

// CSS Color 4 named colours (`transparent` and `currentColor` are allowed, so not listed).
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
  brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
  darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta
  darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
  darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
  dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
  green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
  lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey
  lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
  mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred
  papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
  saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
  slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`.split(/\s+/),
);

const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The value of each declaration (`property: value;`), custom properties included. */
function declarations(css: string): { property: string; value: string }[] {
  return [...withoutComments(css).matchAll(/([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g)].map(
    ([, property = '', value = '']) => ({ property, value: value.trim() }),
  );
}

/** The colours a stylesheet writes as literals instead of `var(--…)` tokens. */
function colourLiterals(css: string): string[] {
  return declarations(css).flatMap(({ property, value }) => {
    const words = value.replace(/var\([^)]*\)/g, '').match(/[a-z][-a-z]*/gi) ?? [];
    const named = words.filter((word) => NAMED_COLOURS.has(word.toLowerCase()));
    const literal = HEX.test(value) || COLOUR_FUNCTION.test(value);
    return literal || named.length > 0 ? [`${property}: ${value}`] : [];
  });
}

function usedTokens(css: string): string[] {
  return [...withoutComments(css).matchAll(/var\(\s*(--[-\w]+)/g)].map(([, name = '']) => name);
}

function definedTokens(css: string): Set<string> {
  return new Set(
    declarations(css)
      .map(({ property }) => property)
      .filter((property) => property.startsWith('--')),
  );
}

/** The `@layer` a stylesheet puts all its rules in, or null when it has rules outside one. */
function wholeFileLayer(css: string): string | null {
  const text = withoutComments(css).trim();
  const match = /^@layer\s+([-\w]+)\s*\{/.exec(text);
  if (!match) return null;
  let depth = 0;
  for (let index = match[0].length - 1; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    if (text[index] === '}') depth -= 1;
    // The layer's block closes: it must be the end of the file.
    if (depth === 0) return index === text.length - 1 ? (match[1] ?? null) : null;
  }
  return null;
}

const tokensCss = sheets[TOKENS] ?? '';
const others = Object.entries(sheets).filter(([path]) => path !== TOKENS);

describe('colour tokens', () => {
  it('finds the stylesheets, the tokens file among them', () => {
    expect(tokensCss).toContain('--color-brand');
    expect(others.map(([path]) => path)).toEqual(
      expect.arrayContaining([INDEX, '/src/features/disputes/disputes.css']),
    );
  });

  it('recognises a colour written as hex, as a function or by name, and nothing else', () => {
    expect(
      colourLiterals(`.a { color: #fff; background: rgb(0 0 0 / 25%); border: 1px solid red; }
        .b:hover { color: var(--color-text); border: 2px solid currentColor; }
        .c { background: transparent; color: inherit; white-space: nowrap; }
        .d { box-shadow: 0 0 0 5px hsl(0 0% 0%); outline-color: White }`),
    ).toEqual([
      'color: #fff',
      'background: rgb(0 0 0 / 25%)',
      'border: 1px solid red',
      'box-shadow: 0 0 0 5px hsl(0 0% 0%)',
      'outline-color: White',
    ]);
  });

  it('writes every colour outside tokens.css as a token', () => {
    const literals = others.flatMap(([path, css]) =>
      colourLiterals(css).map((declaration) => `${path}: ${declaration}`),
    );
    expect(literals).toEqual([]);
  });

  it('uses only tokens that tokens.css defines', () => {
    const defined = definedTokens(tokensCss);
    const undefinedTokens = others.flatMap(([path, css]) =>
      usedTokens(css)
        .filter((name) => !defined.has(name))
        .map((name) => `${path}: ${name}`),
    );
    expect(undefinedTokens).toEqual([]);
  });
});

describe('cascade layers', () => {
  it('declares the layer order once, before anything else, in the entry stylesheet', () => {
    const index = withoutComments(sheets[INDEX] ?? '').trim();
    expect(index.startsWith(`@layer ${LAYERS.join(', ')};`)).toBe(true);
    const statements = others.filter(([, css]) => /@layer\s+[-\w]+\s*,/.test(css));
    expect(statements.map(([path]) => path)).toEqual([INDEX]);
  });

  it('puts every app stylesheet in one layer, a feature’s in `features`', () => {
    const app = others.filter(([path]) => path.startsWith('/src/') && path !== INDEX);
    const misplaced = [[TOKENS, tokensCss] as const, ...app].flatMap(([path, css]) => {
      const layer = wholeFileLayer(css);
      const expected = path.startsWith('/src/features/') ? ['features'] : LAYERS;
      return layer && expected.includes(layer) ? [] : [`${path}: ${layer ?? 'unlayered'}`];
    });
    expect(misplaced).toEqual([]);
  });
});
