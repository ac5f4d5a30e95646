import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { useKeepAlive } from '../api/keep-alive';
import { expireSession } from '../session-expiry';

const WARNING_SECONDS = 60;
// The server only sees API calls; tell it about local activity now and then so both clocks agree.
const SERVER_PING_INTERVAL_MS = 5 * 60_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export function IdleTimeout({ timeoutSeconds }: { timeoutSeconds: number }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const keepAlive = useKeepAlive();
  const { mutate: ping } = keepAlive;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  // Set when the timer starts (an effect): reading the clock during render would be impure.
  const deadline = useRef(0);
  const lastPing = useRef(0);
  const currentPath = `${location.pathname}${location.search}`;
  const warning = secondsLeft !== null;

  const restart = useCallback(() => {
    deadline.current = Date.now() + timeoutSeconds * 1000;
    setSecondsLeft(null);
  }, [timeoutSeconds]);

  useEffect(() => {
    if (warning) return undefined;
    const onActivity = () => {
      deadline.current = Date.now() + timeoutSeconds * 1000;
      if (Date.now() - lastPing.current > SERVER_PING_INTERVAL_MS) {
        lastPing.current = Date.now();
        ping();
      }
    };
    ACTIVITY_EVENTS.forEach((name) =>
      window.addEventListener(name, onActivity, { passive: true, capture: true }),
    );
    return () =>
      ACTIVITY_EVENTS.forEach((name) =>
        window.removeEventListener(name, onActivity, { capture: true }),
      );
  }, [warning, timeoutSeconds, ping]);

  useEffect(() => {
    deadline.current = Date.now() + timeoutSeconds * 1000;
    lastPing.current = Date.now();
  }, [timeoutSeconds]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = Math.ceil((deadline.current - Date.now()) / 1000);
      if (left <= 0) {
        window.clearInterval(timer);
        void expireSession(queryClient, navigate, currentPath);
      } else if (left <= WARNING_SECONDS) {
        setSecondsLeft(left);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [queryClient, navigate, currentPath]);

  const stayConnected = () => {
    lastPing.current = Date.now();
    ping(undefined, { onSuccess: restart });
  };

  return (
    <Dialog open={warning} role="alertdialog" title={t('idle.title')} onCancel={stayConnected}>
      <p className="dialog__body">{t('idle.body', { count: secondsLeft ?? WARNING_SECONDS })}</p>
      <div className="dialog__actions">
        {/* showModal() focuses this, the dialog's only control: the safe action. */}
        <Button pending={keepAlive.isPending} onClick={stayConnected}>
          {t('idle.stay')}
        </Button>
      </div>
    </Dialog>
  );
}
