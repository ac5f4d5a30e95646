import { z } from 'zod';
import { getEmailError, normalizeEmail } from '@/lib/validators/email';

/*
 * The dispute tool's subscription and its e-mail notifications. The forms validate with these
 * schemas and the mock backend parses requests with the same ones.
 */

/**
 * The « Ouverture » / « Mise à jour » choices, the reminders before a case's deadline (5 days and
 * 1 day before) and the address they all go to.
 */
export const notificationSettingsSchema = z
  .object({
    ouverture: z.boolean(),
    miseAJour: z.boolean(),
    rappels: z.boolean(),
    email: z.string(),
  })
  .transform((settings) => ({ ...settings, email: normalizeEmail(settings.email) }))
  .superRefine((settings, ctx) => {
    // No notification chosen: the address may stay empty, but a typed one must still be valid.
    if (!settings.ouverture && !settings.miseAJour && !settings.rappels && settings.email === '')
      return;
    const error = getEmailError(settings.email);
    if (error === null) return;
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      message:
        error === 'required'
          ? 'activation:notifications.errors.emailRequired'
          : `validation:email.${error}`,
    });
  });
export type NotificationSettingsInput = z.input<typeof notificationSettingsSchema>;
export type NotificationSettings = z.output<typeof notificationSettingsSchema>;

/** What the API answers: the settings as stored. */
export const notificationSettingsResponseSchema = z.object({
  ouverture: z.boolean(),
  miseAJour: z.boolean(),
  rappels: z.boolean(),
  email: z.string(),
});

export const conditionsSchema = z.object({
  // A checkbox gives a boolean; only `true` goes through.
  conditionsAcceptees: z
    .boolean()
    .pipe(z.literal(true, { error: 'activation:conditions.errors.required' })),
});

export const activationRequestSchema = conditionsSchema.extend({
  notifications: notificationSettingsSchema,
});
export type ActivationRequest = z.output<typeof activationRequestSchema>;

export const activationResponseSchema = z.object({
  /** True when the account had already subscribed: nothing was changed (idempotent). */
  dejaActive: z.boolean(),
  notifications: notificationSettingsResponseSchema,
});
export type ActivationResponse = z.infer<typeof activationResponseSchema>;
