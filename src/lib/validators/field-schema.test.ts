import { describe, expect, it } from 'vitest';
import { fieldSchema } from './field-schema';

type DemoCode = 'required' | 'length';

const demoSchema = fieldSchema<DemoCode>({
  requiredKey: 'validation:siret.required',
  normalize: (value) => value.replace(/\s/g, ''),
  getError: (value) => (value === '' ? 'required' : value.length !== 3 ? 'length' : null),
  messageKey: (code) => `validation:siret.${code}`,
});

describe('fieldSchema', () => {
  it.each([
    ['a b c', 'abc'],
    [' xyz ', 'xyz'],
  ])('normalizes %j to %j before checking', (input, expected) => {
    expect(demoSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'validation:siret.required'],
    ['   ', 'validation:siret.required'],
    ['abcd', 'validation:siret.length'],
    [undefined, 'validation:siret.required'],
    [null, 'validation:siret.required'],
    [42, 'validation:siret.required'],
  ])('reports exactly one issue for %j: %s', (input, key) => {
    const result = demoSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([key]);
  });
});
