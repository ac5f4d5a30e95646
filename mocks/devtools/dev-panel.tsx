import type { QueryClientSource } from '@/app/query-client-source';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { switchLanguage, type Language } from '@/lib/i18n';
import type { MockStatus } from '@/lib/mock-status';
import { useTranslation } from '@/lib/use-translation';
import { demoAccounts } from '../fixtures/accounts';
import { scenarios } from '../scenarios/registry';
import type { SentEmail } from '../server-state';
import {
  logInAsFromToolbar,
  resetData,
  sentEmails,
  setLatency,
  simulateDisputeEvent,
} from './actions';
import { EmailBody } from './email-body';
import { parcours, parcoursHref } from './parcours';

// The open toolbar's contents, a chunk of their own: a closed toolbar costs the page little.

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="devtools__section" aria-labelledby={id}>
      <h2 id={id} className="devtools__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function withParams(params: Record<string, string>): string {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/** What the open toolbar holds: scenarios, language, clock, latency, accounts, data, e-mails. */
export default function DevPanel({
  queries,
  status,
}: {
  queries: QueryClientSource;
  status: MockStatus;
}) {
  const { t, i18n } = useTranslation('devtools');
  const [selected, setSelected] = useState(status.scenarios);
  const [clock, setClockValue] = useState('');
  const [latency, setLatencyValue] = useState(String(status.latencyMs ?? 0));
  const [emails, setEmails] = useState<SentEmail[]>([]);
  const [notice, setNotice] = useState('');

  // The mock server sends e-mails on its own (another tab, a simulated event): ask again each
  // second while the panel is open.
  useEffect(() => {
    let current = true;
    const look = () =>
      void sentEmails().then((list) => {
        if (current) setEmails(list);
      });
    look();
    const timer = window.setInterval(look, 1000);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, []);

  // The app's queries are refetched, so the dashboard and the list show it without a reload.
  const simulate = (event: 'ouverture' | 'miseAJour') =>
    void simulateDisputeEvent(event).then((message) => {
      setNotice(t(message));
      return queries().then((queryClient) => queryClient.invalidateQueries());
    });

  return (
    <>
      <p role="status" className="devtools__notice">
        {notice}
      </p>

      <Section title={t('scenarios.title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            window.location.assign(
              withParams({ scenario: selected.length ? selected.join(',') : 'par-defaut' }),
            );
          }}
        >
          <ul className="devtools__list">
            {scenarios.map((scenario) => (
              <li key={scenario.name}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(scenario.name)}
                    onChange={(event) =>
                      setSelected((current) =>
                        event.target.checked
                          ? [...current, scenario.name]
                          : current.filter((name) => name !== scenario.name),
                      )
                    }
                  />{' '}
                  <strong>{scenario.title}</strong> <code>{scenario.name}</code>
                  <span className="devtools__hint">{scenario.description}</span>
                </label>
              </li>
            ))}
          </ul>
          <button type="submit" className="devtools__button">
            {t('scenarios.apply')}
          </button>
        </form>
      </Section>

      <Section title={t('language.title')}>
        <div className="devtools__row">
          {(['fr', 'en'] as Language[]).map((language) => (
            <button
              key={language}
              type="button"
              className="devtools__button"
              aria-pressed={i18n.language === language}
              lang={language}
              onClick={() => void switchLanguage(language)}
            >
              {language === 'fr' ? 'Français' : 'English'}
            </button>
          ))}
        </div>
      </Section>

      <Section title={t('clock.title')}>
        <form
          className="devtools__row"
          onSubmit={(event) => {
            event.preventDefault();
            window.location.assign(withParams({ horloge: clock || 'reelle' }));
          }}
        >
          <label>
            {t('clock.label')}{' '}
            <input
              type="datetime-local"
              value={clock}
              onChange={(event) => setClockValue(event.target.value)}
            />
          </label>
          <button type="submit" className="devtools__button">
            {t('clock.apply')}
          </button>
        </form>
      </Section>

      <Section title={t('latency.title')}>
        <form
          className="devtools__row"
          onSubmit={(event) => {
            event.preventDefault();
            const ms = Number(latency) || 0;
            void setLatency(ms).then(() => setNotice(t('latency.done', { ms })));
          }}
        >
          <label>
            {t('latency.label')}{' '}
            <input
              type="number"
              min={0}
              max={30000}
              step={50}
              value={latency}
              onChange={(event) => setLatencyValue(event.target.value)}
            />
          </label>
          <button type="submit" className="devtools__button">
            {t('latency.apply')}
          </button>
        </form>
      </Section>

      <Section title={t('accounts.title')}>
        <div className="devtools__row">
          {demoAccounts.map((account) => (
            <button
              key={account.identifiant}
              type="button"
              className="devtools__button"
              onClick={() => void logInAsFromToolbar(account.identifiant)}
            >
              {t('accounts.loginAs', { identifiant: account.identifiant })}
            </button>
          ))}
        </div>
      </Section>

      <Section title={t('data.title')}>
        <div className="devtools__row">
          <button type="button" className="devtools__button" onClick={() => simulate('ouverture')}>
            {t('data.newDispute')}
          </button>
          <button type="button" className="devtools__button" onClick={() => simulate('miseAJour')}>
            {t('data.updateDispute')}
          </button>
          <button type="button" className="devtools__button" onClick={() => void resetData()}>
            {t('data.reset')}
          </button>
        </div>
      </Section>

      <Section title={t('parcours.title')}>
        <ul className="devtools__list">
          {parcours.map((step) => (
            <li key={step.id}>
              <a href={parcoursHref(step)}>
                {step.screen} — {step.state}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('emails.title')}>
        {emails.length === 0 ? (
          <p>{t('emails.empty')}</p>
        ) : (
          <ul className="devtools__list">
            {emails.map((email) => (
              <li key={email.id} className="devtools__email">
                <details>
                  <summary>
                    {email.subject} — {email.to}
                  </summary>
                  <EmailBody text={email.body} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
