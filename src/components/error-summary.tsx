import { useEffect, useId, useRef, type MouseEvent } from 'react';
import './error-summary.css';

interface ErrorSummaryProps {
  title: string;
  errors: readonly { fieldId: string; message: string }[];
  /** Changes on every failed submit: the summary takes focus so it is read first; 0 never focuses. */
  focusKey: number;
}

/** The list of a form's errors, at its top, each linking to (and focusing) its field. */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Focus once per failed submit, as soon as the list is on screen (errors may arrive a render
  // after the submit that asked for focus).
  const focusedFor = useRef(0);
  useEffect(() => {
    if (focusKey !== focusedFor.current && ref.current) {
      focusedFor.current = focusKey;
      ref.current.focus();
    }
  });

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // A plain hash link would scroll but leave focus behind, and touch the router's history;
    // focusing scrolls the field into view.
    event.preventDefault();
    field.focus();
  };

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
