import { type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldFrame } from './field-frame';
import { describedBy, useFieldIds } from './field-ids';

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  /** An i18n key (`namespace:key`), as produced by the zod contracts. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** Rendered after the input, inside the same row (a show/hide toggle, a unit). */
  addon?: ReactNode;
}

/** A labelled input whose hint and error are tied to it for assistive technologies. */
export function Field({
  label,
  hint,
  error,
  addon,
  id,
  className,
  ref,
  ...inputProps
}: FieldProps) {
  const ids = useFieldIds(id);
  const { fieldId: inputId, hintId, errorId } = ids;

  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <div className="field__control">
        <input
          {...inputProps}
          ref={ref}
          id={inputId}
          className="field__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
        />
        {addon}
      </div>
    </FieldFrame>
  );
}
