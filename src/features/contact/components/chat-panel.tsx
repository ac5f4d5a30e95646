import {
  useEffect,
  useId,
  useRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { TextareaField } from '@/components/form/textarea-field';
import { formatLongDay, formatTime } from '@/lib/format';
import { CHAT_MESSAGE_MAX_LENGTH } from '../api/contract';
import type { ChatMessage, ChatSession, ChatSnapshot } from '../chat/chat-session';
import '../chat.css';

interface ChatPanelProps {
  id: string;
  session: ChatSession;
  chat: ChatSnapshot;
  /** Outside the chat's hours and no conversation under way: say when it reopens, nothing else. */
  closedNotice: string | null;
  hours: string | null;
  onClose: () => void;
}

const PHONE_HREF = 'tel:+33147777575';

/**
 * A non-modal dialog: the merchant can keep reading the page (a dispute, the hours) while
 * chatting. Focus goes in when it opens; Esc or « Fermer » closes it and the dock puts focus
 * back on the « Chat » button.
 */
export function ChatPanel({ id, session, chat, closedNotice, hours, onClose }: ChatPanelProps) {
  const { t } = useTranslation('contact');
  const titleId = useId();
  const inputId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const canWrite =
    closedNotice === null &&
    !['closed-hours', 'session-expired', 'ended'].includes(chat.connection);

  useEffect(() => {
    (inputRef.current ?? panelRef.current)?.focus();
  }, []);

  // The newest message in view, as in any chat.
  const count = chat.messages.length;
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [count, chat.adviserTyping]);

  const submit = () => {
    if (session.send(chat.draft)) session.setDraft('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition is neither.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    // The dialog pattern: Esc anywhere in the panel closes it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="chat-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="chat-panel__header">
        <h2 id={titleId} className="chat-panel__title">
          {t('chat.title')}
        </h2>
        <Button variant="secondary" className="chat-panel__close" onClick={onClose}>
          {t('chat.close')}
        </Button>
      </div>

      {closedNotice !== null ? (
        <div className="chat-panel__body">
          <Alert tone="info">{closedNotice}</Alert>
          {hours ? <p>{hours}</p> : null}
          <PhoneLine />
        </div>
      ) : (
        <>
          <ConnectionNotice chat={chat} />
          <div
            ref={logRef}
            role="log"
            aria-label={t('chat.log')}
            className="chat-log"
            // Scrollable: reachable with the keyboard so the history can be read.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <ol className="chat-log__list">
              {chat.messages.map((message) => (
                <MessageItem key={message.id} message={message} />
              ))}
            </ol>
          </div>
          <p role="status" className="chat-panel__typing">
            {chat.adviserTyping ? t('chat.typing') : ''}
          </p>
          {canWrite ? (
            <form
              className="chat-form"
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                submit();
              }}
            >
              <TextareaField
                ref={inputRef}
                id={inputId}
                label={t('chat.messageLabel')}
                hint={t('chat.messageHint')}
                rows={2}
                maxLength={CHAT_MESSAGE_MAX_LENGTH}
                value={chat.draft}
                onChange={(event) => session.setDraft(event.target.value)}
                onKeyDown={onKeyDown}
                addon={<Button type="submit">{t('chat.send')}</Button>}
                counter={
                  <>
                    {t('chat.characterCount', {
                      count: chat.draft.length,
                      max: CHAT_MESSAGE_MAX_LENGTH,
                    })}{' '}
                    {/* A paste beyond the limit is cut by the field: said once, when it happens. */}
                    <span className="chat-form__limit" aria-live="polite">
                      {chat.draft.length >= CHAT_MESSAGE_MAX_LENGTH ? t('chat.limitReached') : ''}
                    </span>
                  </>
                }
              />
            </form>
          ) : null}
        </>
      )}
    </div>
  );
}

function PhoneLine() {
  const { t } = useTranslation('contact');
  return (
    <p>
      {t('chat.phone')} <a href={PHONE_HREF}>{t('phoneChannel.number')}</a>
    </p>
  );
}

function ConnectionNotice({ chat }: { chat: ChatSnapshot }) {
  const { t } = useTranslation('contact');
  let notice: ReactNode = null;
  let tone: 'info' | 'warning' = 'warning';
  switch (chat.connection) {
    case 'connecting':
    case 'retrying':
      if (chat.connection === 'connecting' && chat.failedAttempts === 0) {
        tone = 'info';
        notice = t('chat.connecting');
      } else if (chat.everConnected) {
        notice = t('chat.lost');
      } else {
        notice = (
          <>
            {t('chat.unavailable')} <PhoneLine />
          </>
        );
      }
      break;
    case 'offline':
      notice = t('chat.offline');
      break;
    case 'closed-hours':
      tone = 'info';
      notice = <ClosedHoursText reopensAt={chat.reopensAt} />;
      break;
    case 'session-expired':
      notice = t('chat.sessionExpired');
      break;
    default:
      return null;
  }
  return (
    <div className="chat-panel__notice">
      <Alert tone={tone}>{notice}</Alert>
    </div>
  );
}

function ClosedHoursText({ reopensAt }: { reopensAt: string | null }) {
  const { t, i18n } = useTranslation('contact');
  // The server's refusal carries no "now": name the day as a date, never as a guess.
  return reopensAt
    ? t('chat.closed', {
        when: t('when.date', {
          date: formatLongDay(reopensAt, i18n.language),
          time: formatTime(reopensAt, i18n.language),
        }),
      })
    : t('chat.closedNoReopening');
}

function MessageItem({ message }: { message: ChatMessage }) {
  const { t, i18n } = useTranslation('contact');
  const sender =
    message.from === 'merchant' ? t('chat.you') : t('chat.adviser', { name: message.adviser });
  return (
    <li className={`chat-message chat-message--${message.from}`}>
      <p className="chat-message__meta">
        <span className="chat-message__sender">{sender}</span>{' '}
        {message.sentAt ? (
          <time dateTime={message.sentAt}>
            {t('chat.sentAt', { time: formatTime(message.sentAt, i18n.language) })}
          </time>
        ) : (
          <span className="chat-message__pending">{t('chat.pending')}</span>
        )}
      </p>
      <p className="chat-message__text">{message.text}</p>
    </li>
  );
}
