import { describe, expect, it } from 'vitest';
import {
  getMerchantNumberError,
  isValidMerchantNumber,
  merchantNumberSchema,
  normalizeMerchantNumber,
} from './merchant-number';

describe('merchant number', () => {
  it.each(['9400000011', '9400000029', '9400000037', '9400000045'])(
    'accepts the demo number %s',
    (value) => {
      expect(isValidMerchantNumber(value)).toBe(true);
      expect(merchantNumberSchema.parse(value)).toBe(value);
    },
  );

  it.each([
    ['94 0000 0011', '9400000011'],
    [' 940 000 0029 ', '9400000029'],
    ['9400\u00a0000\u00a0037', '9400000037'],
  ])('ignores spaces typed in %j', (input, expected) => {
    expect(normalizeMerchantNumber(input)).toBe(expected);
    expect(merchantNumberSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['940000001', 'format'],
    ['94000000111', 'format'],
    ['94000000A1', 'format'],
    ['9400-000-011', 'format'],
    ['９４００００００１１', 'format'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getMerchantNumberError(input)).toBe(code);
    const result = merchantNumberSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `validation:merchantNumber.${code}`,
    ]);
  });
});
