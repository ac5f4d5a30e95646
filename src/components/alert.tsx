import type { ReactNode, Ref } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success' | 'warning';
  title?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  /** Errors interrupt (`alert`); confirmations and notices wait their turn (`status`). */
  live?: boolean;
}

export function Alert({ tone, title, children, ref, live = true }: AlertProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div ref={ref} role={role} tabIndex={-1} className={`alert alert--${tone}`}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
