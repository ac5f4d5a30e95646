import { type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';
import { describedBy, useFieldIds } from './field-ids';
import './textarea-field.css';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: ReactNode;
  /** An i18n key (`namespace:key`). */
  error?: string | undefined;
  /** Said after the field and tied to it (a character count). */
  counter?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
  /** Rendered after the text area, inside the same row (a send button). */
  addon?: ReactNode;
}

/** A labelled text area whose hint, error and counter are tied to it for assistive technologies. */
export function TextareaField({
  label,
  hint,
  error,
  counter,
  addon,
  id,
  className,
  ref,
  ...textareaProps
}: TextareaFieldProps) {
  const ids = useFieldIds(id);
  const { fieldId: inputId, hintId, errorId, counterId } = ids;
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <div className="field__control">
        <textarea
          {...textareaProps}
          ref={ref}
          id={inputId}
          className="field__input textarea"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            hint ? hintId : null,
            error ? errorId : null,
            counter ? counterId : null,
          )}
        />
        {addon}
      </div>
      {counter ? (
        <div className="field__hint" id={counterId}>
          {counter}
        </div>
      ) : null}
    </FieldFrame>
  );
}
