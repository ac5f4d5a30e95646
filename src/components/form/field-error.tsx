import { useTranslation } from '@/lib/use-translation';

/**
 * A field's error, translated from its i18n key; `id` ties it to the field (aria-describedby).
 * A screen reader hears « Erreur : » first, as sighted users see the red and the sign.
 */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {t(error)}
    </p>
  );
}
