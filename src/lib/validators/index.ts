export { emailSchema } from './email';
export type { ValidationKey } from './field-schema';
export { ibanSchema } from './iban-schema';
export { identifiantSchema } from './identifiant';
export { merchantNumberSchema } from './merchant-number';
export {
  passwordSchema,
  passwordStrength,
  refinePasswordAgainstIdentifiant,
  type PasswordScore,
} from './password';
export { firstNameSchema, lastNameSchema } from './person-name';
export { phoneSchema } from './phone';
export { siretSchema } from './siret-schema';
