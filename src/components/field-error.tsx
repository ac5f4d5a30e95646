import { useTranslation } from 'react-i18next';

/** A field's error, translated from its i18n key; `id` ties it to the field (aria-describedby). */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {t(error)}
    </p>
  );
}
