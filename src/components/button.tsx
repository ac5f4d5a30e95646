import type { ButtonHTMLAttributes } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'link';
  /** Keeps the button focusable while a request runs; clicks are ignored by the caller's guard. */
  pending?: boolean;
  pendingLabel?: string;
}

export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  children,
  type = 'button',
  disabled,
  ...props
}: ButtonProps) {
  // On a prerendered page, a click before the app runs would be lost, and a form sent then
  // would go to the server as a GET, the password in the address: buttons wait for the app.
  const hydrated = useHydrated();
  return (
    <button
      {...props}
      type={type}
      disabled={disabled || !hydrated || undefined}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={pending || props['aria-disabled'] ? true : undefined}
      aria-busy={pending || undefined}
    >
      {pending ? <span className="spinner" aria-hidden="true" /> : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
