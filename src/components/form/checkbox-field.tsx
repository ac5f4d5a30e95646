import { type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldError } from './field-error';
import { describedBy, useFieldIds } from './field-ids';
import './checkbox-field.css';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  /** An i18n key (`namespace:key`), as produced by the zod contracts. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label, an optional explanation and its error, tied for assistive tech. */
export function CheckboxField({ label, hint, error, id, ref, ...inputProps }: CheckboxFieldProps) {
  const { fieldId: inputId, hintId, errorId } = useFieldIds(id);
  return (
    <div className={['checkbox', error ? 'checkbox--invalid' : null].filter(Boolean).join(' ')}>
      <FieldError id={errorId} error={error} />
      <div className="checkbox__row">
        <input
          {...inputProps}
          ref={ref}
          id={inputId}
          type="checkbox"
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error ? errorId : null, hint ? hintId : null)}
        />
        <label className="checkbox__label" htmlFor={inputId}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="checkbox__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
