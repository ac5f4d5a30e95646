import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useLocation, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { keepAlive } from '../api/keep-alive';
import { checkIdleSession } from '../session-check';
import { expireSession } from '../session-expiry';
import {
  createActivityWriter,
  forgetIdleEnd,
  onActivityElsewhere,
  readSharedActivity,
  shareActivity,
} from '../shared-activity';

const WARNING_SECONDS = 60;
// The server only sees API calls; tell it about local activity now and then so both clocks agree.
const SERVER_PING_INTERVAL_MS = 5 * 60_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/**
 * Counts the idle time of the whole browser (every tab shares one session): activity in any tab
 * moves the warning and the end of every tab, and closes a warning already shown.
 */
export function IdleTimeout({ timeoutSeconds }: { timeoutSeconds: number }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const location = useLocation();
  const [prolonging, setProlonging] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  // Set when the timer starts (an effect): reading the clock during render would be impure.
  const lastActivity = useRef(0);
  const lastPing = useRef(0);
  const checking = useRef(false);
  const currentPath = `${location.pathname}${location.search}`;
  const warning = secondsLeft !== null;

  const activeNow = useCallback(() => {
    lastActivity.current = Date.now();
    shareActivity(lastActivity.current);
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    // Opening a page (a login, a new tab) is activity too, and a live session's count: how an
    // earlier session ended no longer applies.
    forgetIdleEnd();
    lastActivity.current = Date.now();
    shareActivity(lastActivity.current);
    lastPing.current = Date.now();
  }, []);

  useEffect(() => {
    if (warning) return undefined;
    const writer = createActivityWriter();
    const onActivity = () => {
      lastActivity.current = Date.now();
      writer.record(lastActivity.current);
      if (Date.now() - lastPing.current > SERVER_PING_INTERVAL_MS) {
        lastPing.current = Date.now();
        // A failed ping changes nothing: the next activity, or the warning, tries again.
        keepAlive().catch(() => undefined);
      }
    };
    ACTIVITY_EVENTS.forEach((name) =>
      window.addEventListener(name, onActivity, { passive: true, capture: true }),
    );
    return () => {
      writer.cancel();
      ACTIVITY_EVENTS.forEach((name) =>
        window.removeEventListener(name, onActivity, { capture: true }),
      );
    };
  }, [warning]);

  useEffect(
    () =>
      onActivityElsewhere((at) => {
        if (at <= lastActivity.current) return;
        lastActivity.current = at;
        setSecondsLeft(null);
      }),
    [],
  );

  useEffect(() => {
    const endUnlessKeptAlive = async () => {
      checking.current = true;
      const verdict = await checkIdleSession();
      if (verdict === 'kept-alive') {
        activeNow();
        checking.current = false;
        return;
      }
      await expireSession(navigate, currentPath, {
        endOnServer: verdict !== 'ended',
      });
    };
    const timer = window.setInterval(() => {
      if (checking.current) return;
      // A tab asleep in the background may have missed the other tabs' news: read it again.
      lastActivity.current = Math.max(lastActivity.current, readSharedActivity() ?? 0);
      const left = Math.ceil((lastActivity.current + timeoutSeconds * 1000 - Date.now()) / 1000);
      if (left <= 0) void endUnlessKeptAlive();
      else setSecondsLeft(left <= WARNING_SECONDS ? left : null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [navigate, currentPath, timeoutSeconds, activeNow]);

  const stayConnected = () => {
    if (prolonging) return;
    lastPing.current = Date.now();
    setProlonging(true);
    // A failure leaves the warning up: the count goes on, and the user may try again.
    keepAlive()
      .then(activeNow, () => undefined)
      .finally(() => setProlonging(false));
  };

  return (
    <Dialog open={warning} role="alertdialog" title={t('idle.title')} onCancel={stayConnected}>
      <p className="dialog__body">{t('idle.body', { count: secondsLeft ?? WARNING_SECONDS })}</p>
      <div className="dialog__actions">
        {/* showModal() focuses this, the dialog's only control: the safe action. */}
        <Button pending={prolonging} onClick={stayConnected}>
          {t('idle.stay')}
        </Button>
      </div>
    </Dialog>
  );
}
