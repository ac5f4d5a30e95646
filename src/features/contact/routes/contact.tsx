import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { ErrorState } from '@/components/query-state';
import { useSession } from '@/features/auth/api/session-store';
import { useDocumentTitle } from '@/lib/document-title';
import { loginPath, paths } from '@/lib/paths';
import type { ChannelAvailability } from '../api/contract';
import { useSupportAvailability } from '../api/get-support-availability';
import { ChatDock } from '../components/chat-dock';
import { useAvailabilityLabels } from '../components/use-availability-labels';
import '../contact.css';

const PHONE_HREF = 'tel:+33147777575';

/** « Nous contacter »: public; a logged-in merchant also gets the « Chat » button here. */
export default function ContactRoute() {
  const { t } = useTranslation('contact');
  useDocumentTitle(t('title'));
  const user = useSession().data?.user;
  const availability = useSupportAvailability();
  const data = availability.data;

  return (
    <div className="page">
      <PageHeading>{t('heading')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      {availability.isError && !data ? (
        <ErrorState
          title={t('status.error')}
          error={availability.error}
          retrying={availability.isFetching}
          onRetry={() => void availability.refetch()}
        />
      ) : null}
      <div className="cards contact-channels">
        <section className="card" aria-labelledby="contact-chat">
          <h2 id="contact-chat">{t('chatChannel.title')}</h2>
          <ChannelFacts
            now={data?.maintenant}
            channel={data?.canaux.chat}
            pending={availability.isPending}
          />
          <p>{t('chatChannel.text')}</p>
          {user ? null : (
            <p>
              {t('chatChannel.loginRequired')}{' '}
              <Link to={loginPath({ redirectTo: paths.contact })}>{t('chatChannel.login')}</Link>
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="contact-phone">
          <h2 id="contact-phone">{t('phoneChannel.title')}</h2>
          <ChannelFacts
            now={data?.maintenant}
            channel={data?.canaux.telephone}
            pending={availability.isPending}
          />
          <p className="contact-phone">
            <a href={PHONE_HREF}>{t('phoneChannel.number')}</a>
          </p>
          <p>{t('phoneChannel.text')}</p>
        </section>
      </div>
      <p className="field__hint">{t('hoursNote')}</p>
      {user ? <ChatDock identifiant={user.identifiant} /> : null}
    </div>
  );
}

function ChannelFacts({
  now,
  channel,
  pending,
}: {
  now: string | undefined;
  channel: ChannelAvailability | undefined;
  pending: boolean;
}) {
  const { t } = useTranslation('contact');
  const labels = useAvailabilityLabels();
  if (!now || !channel) {
    return pending ? <p className="channel-status">{t('status.loading')}</p> : null;
  }
  return (
    <>
      <p className={`channel-status channel-status--${channel.ouvert ? 'open' : 'closed'}`}>
        {labels.status(now, channel)}
      </p>
      <p>{labels.hours(channel)}</p>
    </>
  );
}
