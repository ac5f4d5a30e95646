import { fieldSchema } from './field-schema';

export type MerchantNumberError = 'required' | 'format';

export function normalizeMerchantNumber(value: string): string {
  return value.replace(/\s/g, '');
}

export function isValidMerchantNumber(value: string): boolean {
  return /^[0-9]{10}$/.test(normalizeMerchantNumber(value));
}

export function getMerchantNumberError(value: string): MerchantNumberError | null {
  const normalized = normalizeMerchantNumber(value);
  if (normalized === '') return 'required';
  return isValidMerchantNumber(normalized) ? null : 'format';
}

export const merchantNumberSchema = fieldSchema<MerchantNumberError>({
  requiredKey: 'validation:merchantNumber.required',
  normalize: normalizeMerchantNumber,
  getError: getMerchantNumberError,
  messageKey: (code) => `validation:merchantNumber.${code}`,
});
