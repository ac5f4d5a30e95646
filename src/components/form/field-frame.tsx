import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import type { FieldIds } from './field-ids';

/** What every one-control field shares: its label, hint and error, above the control's row. */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div
      className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}
    >
      <label className="field__label" htmlFor={ids.fieldId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} error={error} />
      {children}
    </div>
  );
}
