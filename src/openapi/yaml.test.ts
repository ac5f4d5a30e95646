import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes mappings and sequences as blocks, a mapping in a sequence from its dash', () => {
    expect(
      toYaml({ tags: ['a', 'b'], parameters: [{ name: 'page', required: false }], empty: [] }),
    ).toBe(
      [
        'tags:',
        '  - a',
        '  - b',
        'parameters:',
        '  - name: page',
        '    required: false',
        'empty: []',
        '',
      ].join('\n'),
    );
  });

  it('quotes whatever YAML would read as something else than the string', () => {
    const quoted = [
      '3.1.0',
      '200',
      'no',
      'Null',
      'a: b',
      'a #b',
      '- a',
      '{x}',
      '',
      'trailing ',
      "'",
    ];
    for (const value of quoted) expect(toYaml({ value })).toBe(`value: ${JSON.stringify(value)}\n`);
    expect(toYaml({ '/litiges/{numero}': {}, '404': 1 })).toBe(
      '"404": 1\n"/litiges/{numero}": {}\n',
    );
  });

  it('leaves plain the strings YAML reads as themselves', () => {
    expect(toYaml({ $ref: '#/x', type: 'string', path: '/compte/notifications' })).toBe(
      '$ref: "#/x"\ntype: string\npath: /compte/notifications\n',
    );
  });

  it('writes a multi-line string as a literal block, unless its whitespace would be lost', () => {
    expect(toYaml({ description: 'First line.\n\n- `CSRF`: second' })).toBe(
      'description: |-\n  First line.\n\n  - `CSRF`: second\n',
    );
    expect(toYaml({ description: 'end\n' })).toBe('description: "end\\n"\n');
    expect(toYaml({ description: ' indented\nline' })).toBe('description: " indented\\nline"\n');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => toYaml({ value: Number.NaN })).toThrow(TypeError);
    expect(() => toYaml({ value: () => 1 })).toThrow(TypeError);
  });
});
