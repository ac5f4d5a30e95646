import { useId } from 'react';

export interface FieldIds {
  fieldId: string;
  hintId: string;
  errorId: string;
  counterId: string;
}

/** A field's id (given, or generated) and the ids of its hint, error and counter. */
export function useFieldIds(id: string | undefined): FieldIds {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  return {
    fieldId,
    hintId: `${fieldId}-hint`,
    errorId: `${fieldId}-error`,
    counterId: `${fieldId}-counter`,
  };
}

/** `aria-describedby` from what is on screen, in reading order; nothing when nothing is. */
export function describedBy(...ids: (string | null)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
