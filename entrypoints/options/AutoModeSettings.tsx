import { useState } from 'preact/hooks';
import { NEWS_SITE_ORIGINS } from '../../utils/auto-mode/news-sites';
import { chooseBuiltInSites } from '../../utils/auto-mode/rule-choices';
import { setAutoModeEnabled, type AutoModeState } from '../../utils/auto-mode/site-rules';
import { t } from '../../utils/i18n';
import { NewsSiteList } from './NewsSiteList';
import { useGranted } from './use-options-state';

/**
 * Auto mode's two switches: on/off everywhere, and the built-in news list (turning it on asks
 * for access to exactly those sites, in the click; turning it off gives that access back).
 */
export function AutoModeSettings({ state }: { state: AutoModeState }) {
  const granted = useGranted(NEWS_SITE_ORIGINS);
  const [message, setMessage] = useState('');
  const total = NEWS_SITE_ORIGINS.length;

  return (
    <div class="auto-mode" data-testid="auto-mode-settings">
      <p class="explain">{t('optionsAutoExplain')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={state.enabled}
          data-testid="auto-enabled"
          onChange={(event) => void setAutoModeEnabled(event.currentTarget.checked)}
        />
        {t('optionsAutoEnabled')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={state.builtInSites}
          disabled={!state.enabled}
          data-testid="auto-builtin"
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setMessage('');
            // First thing in the gesture: the permission request (inside chooseBuiltInSites).
            void chooseBuiltInSites(on).then((ok) => {
              if (!ok) {
                setMessage(t('autoAccessRefused'));
                // Put the box back: the stored state did not change, so no re-render will.
                (event.target as HTMLInputElement).checked = !on;
              }
            });
          }}
        />
        {t('optionsBuiltIn', String(total))}
      </label>
      {state.builtInSites && granted && (
        <p class="hint" data-testid="auto-builtin-access">
          {t('optionsBuiltInAccess', [String(granted.size), String(total)])}
        </p>
      )}
      <p role="status" class="message" data-testid="auto-message">
        {message}
      </p>
      <NewsSiteList summary={t('optionsBuiltInSites')} />
    </div>
  );
}
