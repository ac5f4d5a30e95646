import { fieldSchema } from './field-schema';
import { getFrenchIbanError, normalizeIban, type FrenchIbanError } from './iban';

/** The signup field: a French IBAN, parsed to its compact form ("FR7630004008200001234560104"). */
export const ibanSchema = fieldSchema<FrenchIbanError>({
  requiredKey: 'validation:iban.required',
  normalize: normalizeIban,
  getError: getFrenchIbanError,
  messageKey: (code) => `validation:iban.${code}`,
});
