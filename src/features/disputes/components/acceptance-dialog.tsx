import type { ReactNode } from 'react';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';

export interface AcceptanceDialogProps {
  open: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The frame of every acceptance's confirmation: what it costs (`children`), then why it failed if
 * it did, « Accepter » and « Annuler ». Nothing closes it while the request is under way.
 */
export function AcceptanceDialog({
  open,
  pending,
  error,
  onConfirm,
  onCancel,
  title,
  texts,
  children,
}: AcceptanceDialogProps & {
  title: string;
  texts: { confirm: string; pending: string; cancel: string; error: string };
  children: ReactNode;
}) {
  const cancel = () => {
    if (!pending) onCancel();
  };
  return (
    <Dialog open={open} title={title} onCancel={cancel}>
      {children}
      {error ? (
        <Alert tone="error" title={texts.error}>
          {error}
        </Alert>
      ) : null}
      <div className="dialog__actions">
        {/* `onConfirm` guards against a second request itself: `pending` is a render late. */}
        <Button pending={pending} pendingLabel={texts.pending} onClick={onConfirm}>
          {texts.confirm}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {texts.cancel}
        </Button>
      </div>
    </Dialog>
  );
}
