import { useId, type MouseEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useFocusWhenShown } from '../use-focus-when-shown';
import type { ErrorSummaryState } from './use-form-validation';
import './error-summary.css';

interface ErrorSummaryProps {
  /** A new object after each failed submit: the summary takes focus, so it is read first. */
  summary: ErrorSummaryState | null;
  /** The form's own title; « Le formulaire contient des erreurs » otherwise. */
  title?: string;
}

/**
 * What introduces a field: the legend of its group for a checkbox or a radio button, its label
 * otherwise (GOV.UK's habit: the question is in view, not only the box).
 */
function introOf(field: HTMLElement): HTMLElement | null {
  const grouped =
    field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
  const legend = grouped ? field.closest('fieldset')?.querySelector('legend') : null;
  if (legend) return legend;
  const labelled =
    field instanceof HTMLInputElement ||
    field instanceof HTMLTextAreaElement ||
    field instanceof HTMLSelectElement;
  return labelled ? (field.labels?.[0] ?? null) : null;
}

/** Scrolls the field's label (or legend) into view, then focuses the field without scrolling. */
export function focusField(fieldId: string): boolean {
  const field = document.getElementById(fieldId);
  if (!field) return false;
  (introOf(field) ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}

/** The list of a form's errors, at its top, each linking to (and focusing) its field. */
export function ErrorSummary({ summary, title }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useFocusWhenShown<HTMLDivElement>(summary);
  const titleId = useId();

  // A plain hash link would scroll the field under a sticky header with its label out of view,
  // leave focus behind and touch the router's history.
  const onClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    if (focusField(fieldId)) event.preventDefault();
  };

  if (!summary || summary.items.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title ?? t('common:form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {summary.items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`} onClick={(event) => onClick(event, item.fieldId)}>
              {t(item.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
