import { type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './field-error';
import { describedBy, useFieldIds } from './field-ids';

interface FieldsetGroupProps extends FieldsetHTMLAttributes<HTMLFieldSetElement> {
  legend: ReactNode;
  hint?: ReactNode;
  /** An i18n key, for the group as a whole. */
  error?: string | undefined;
}

/** Fields answered together (checkboxes, a file list) under one legend, hint and error. */
export function FieldsetGroup({
  legend,
  hint,
  error,
  id,
  className,
  children,
  ...fieldsetProps
}: FieldsetGroupProps) {
  const { hintId, errorId } = useFieldIds(id);
  return (
    <fieldset
      {...fieldsetProps}
      id={id}
      className={['fieldset', error ? 'fieldset--invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      {children}
    </fieldset>
  );
}
