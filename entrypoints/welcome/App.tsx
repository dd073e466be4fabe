import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NEWS_SITE_ORIGINS } from '../../utils/auto-mode/news-sites';
import { grantedOrigins } from '../../utils/auto-mode/permissions';
import { chooseBuiltInSites } from '../../utils/auto-mode/rule-choices';
import { loadAutoMode } from '../../utils/auto-mode/site-rules';
import { t } from '../../utils/i18n';
import { NewsSiteList } from '../options/NewsSiteList';

type Outcome = 'undecided' | 'on' | 'declined';

/** The keyboard shortcut as the browser has it now (people change it), or '' if none. */
async function readerShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? '';
  } catch {
    return '';
  }
}

/**
 * The page shown once, after installing: what Lector does in a few sentences, and one offer,
 * auto mode on the built-in news sites, asked with one permission request for exactly them.
 */
export function WelcomeApp() {
  const [outcome, setOutcome] = useState<Outcome>('undecided');
  const [shortcut, setShortcut] = useState('');
  const count = String(NEWS_SITE_ORIGINS.length);

  useEffect(() => {
    void readerShortcut().then(setShortcut);
    // Opened again later: show what was decided.
    void Promise.all([loadAutoMode(), grantedOrigins(NEWS_SITE_ORIGINS.slice(0, 1))]).then(
      ([state, granted]) => {
        if (state.builtInSites && granted.size > 0) setOutcome('on');
      },
    );
  }, []);

  const turnOn = () => {
    // The permission request is the first thing this click does (see chooseBuiltInSites).
    void chooseBuiltInSites(true).then((granted) => setOutcome(granted ? 'on' : 'declined'));
  };

  return (
    <main class="page welcome" data-testid="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>
        {t('welcomeIntroToolbar')}
        {shortcut && ` ${t('welcomeIntroShortcut', shortcut)}`}
      </p>
      <p>{t('welcomeIntroPanel')}</p>
      <p>{t('welcomeIntroPrivate')}</p>

      <section class="card" aria-labelledby="welcome-auto">
        <h2 id="welcome-auto">{t('welcomeAutoTitle')}</h2>
        <p>{t('welcomeAutoExplain', count)}</p>
        <NewsSiteList summary={t('welcomeAutoSites')} />
        <p role="status" class="message" data-testid="welcome-outcome">
          {outcome === 'on' && t('welcomeAutoOn', count)}
          {outcome === 'declined' && t('welcomeAutoDeclined')}
        </p>
        <div class="actions">
          {outcome !== 'on' && (
            <button type="button" class="primary" data-testid="welcome-turn-on" onClick={turnOn}>
              {t('welcomeAutoTurnOn')}
            </button>
          )}
          <button
            type="button"
            data-testid="welcome-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('welcomeOpenOptions')}
          </button>
        </div>
      </section>
    </main>
  );
}
