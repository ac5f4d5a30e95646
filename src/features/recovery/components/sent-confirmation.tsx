import type { ReactNode } from 'react';
import { Alert } from '@/components/alert';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';

/**
 * « Si un compte correspond, un e-mail vient d'être envoyé… »: the same words whether an account
 * matched or not. `sent` is new for each request answered, so the message takes focus again.
 */
export function SentConfirmation({
  sent,
  title,
  text,
  children,
}: {
  sent: object;
  title: string;
  text: string;
  children?: ReactNode;
}) {
  const ref = useFocusWhenShown<HTMLDivElement>(sent);
  return (
    <div className="sent">
      <Alert ref={ref} tone="success" title={title}>
        <p>{text}</p>
      </Alert>
      {children}
    </div>
  );
}
