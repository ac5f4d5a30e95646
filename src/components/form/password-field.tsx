import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Field, type FieldProps } from './field';

type PasswordFieldProps = Omit<FieldProps, 'type' | 'addon'>;

/** A password input with a show/hide toggle; paste and password managers keep working. */
export function PasswordField({ id, ...props }: PasswordFieldProps) {
  const { t } = useTranslation('common');
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      id={inputId}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      addon={
        <button
          type="button"
          className="field__toggle"
          aria-controls={inputId}
          aria-pressed={visible}
          onClick={() => setVisible((value) => !value)}
        >
          {visible ? t('password.hide') : t('password.show')}
        </button>
      }
    />
  );
}
