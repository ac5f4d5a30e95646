import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useSupportAvailability } from '../api/get-support-availability';
import { useChatSession, useChatSnapshot } from '../chat/chat-store';
import { ChatPanel } from './chat-panel';
import { useAvailabilityLabels } from './use-availability-labels';
import '../chat.css';

/**
 * The « Chat » button and its panel, on every page of a logged-in merchant. The button is fixed
 * in a corner; the page keeps room for it at its end and in scroll padding, so it never hides
 * content or the focused element.
 */
export function ChatDock({ identifiant }: { identifiant: string }) {
  const { t } = useTranslation('contact');
  const session = useChatSession(identifiant);
  const chat = useChatSnapshot(session);
  const availability = useSupportAvailability();
  const labels = useAvailabilityLabels();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    document.documentElement.classList.add('has-chat-dock');
    return () => document.documentElement.classList.remove('has-chat-dock');
  }, []);

  const data = availability.data;
  const channel = data?.canaux.chat;
  const underWay = chat.connection !== 'idle' || chat.messages.length > 0;
  // Closed by the hours and nothing started: no conversation starts, the button says when.
  const closed = channel !== undefined && !channel.ouvert && !underWay;
  const reopening =
    closed && data && channel.prochaineOuverture
      ? labels.when(data.maintenant, channel.prochaineOuverture)
      : null;
  const closedNotice = closed
    ? reopening
      ? t('chat.closed', { when: reopening })
      : t('chat.closedNoReopening')
    : null;

  const openPanel = () => {
    session.setPanelOpen(true);
    if (!closed) session.start();
  };
  const closePanel = () => {
    session.setPanelOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="chat-dock">
      {chat.panelOpen ? (
        <ChatPanel
          id={panelId}
          session={session}
          chat={chat}
          closedNotice={closedNotice}
          hours={channel ? labels.hours(channel) : null}
          onClose={closePanel}
        />
      ) : null}
      <button
        ref={buttonRef}
        type="button"
        className="button button--primary chat-dock__button"
        aria-haspopup="dialog"
        aria-expanded={chat.panelOpen}
        aria-controls={chat.panelOpen ? panelId : undefined}
        onClick={chat.panelOpen ? closePanel : openPanel}
      >
        {reopening ? t('chat.buttonClosed', { when: reopening }) : t('chat.button')}
        {chat.unread > 0 ? (
          <>
            {' '}
            <span className="chat-dock__unread">{t('chat.unread', { count: chat.unread })}</span>
          </>
        ) : null}
      </button>
    </div>
  );
}
