import { useId, useState } from 'preact/hooks';
import type { SiteChoice } from '../utils/auto-mode/rule-choices';
import type { RuleMode } from '../utils/auto-mode/site-rules';
import { t } from '../utils/i18n';

export interface SiteRuleControlProps {
  /** The site key (utils/auto-mode/hosts.ts), e.g. `lemonde.fr`. */
  site: string;
  /** The site's own rule, or 'default' when it has none. */
  mode: RuleMode | 'default';
  /**
   * Whether Lector holds the site's host permission (matters for 'always' and 'off'); null while
   * not known yet, which shows no access line rather than a wrong one.
   */
  granted: boolean | null;
  /**
   * Called synchronously in the click's (or key's) user gesture. For 'always' the handler must
   * ask for the site's permission before any `await`: `chooseSiteRule` from
   * utils/auto-mode/rule-choices.ts does. Resolving to false means "refused, nothing changed".
   */
  onChoose: (choice: SiteChoice) => Promise<boolean> | void;
}

const CHOICES: readonly { choice: SiteChoice; label: () => string }[] = [
  { choice: 'always', label: () => t('autoChoiceAlways') },
  { choice: 'default', label: () => t('autoChoiceDefault') },
  { choice: 'never', label: () => t('autoChoiceNever') },
];

/**
 * Auto mode for one site: always / default / never, as three toggle buttons, with the site's
 * access state and a way to give it back when it was removed. Appears in the reader's toolbar
 * (for the current page's site) and in each row of the options page's site list.
 */
export function SiteRuleControl({ site, mode, granted, onChoose }: SiteRuleControlProps) {
  const labelId = useId();
  const [message, setMessage] = useState('');
  // An 'off' rule is an 'always' the browser took access from: shown as always, with a warning.
  const pressed: SiteChoice = mode === 'off' ? 'always' : mode;
  const needsAccess = mode === 'off' || (mode === 'always' && granted === false);

  const choose = (choice: SiteChoice) => {
    setMessage('');
    // No await before onChoose: it may ask for a permission, which needs this gesture.
    const outcome = onChoose(choice);
    if (!outcome) return;
    outcome.then(
      (ok) => setMessage(ok ? '' : t('autoAccessRefused')),
      () => setMessage(t('autoChoiceFailed')),
    );
  };

  return (
    <div class="site-rule" role="group" aria-labelledby={labelId} data-testid="site-rule-control">
      <span id={labelId} class="site-rule__label">
        {t('autoSiteRuleLegend', site)}
      </span>
      <span class="site-rule__choices">
        {CHOICES.map(({ choice, label }) => (
          <button
            key={choice}
            type="button"
            class="site-rule__choice"
            aria-pressed={pressed === choice}
            data-testid={`site-rule-${choice}`}
            onClick={() => {
              if (pressed !== choice || needsAccess) choose(choice);
            }}
          >
            {label()}
          </button>
        ))}
      </span>
      <span class="site-rule__access" data-testid="site-rule-access">
        {needsAccess ? (
          <>
            {t('autoAccessMissing')}{' '}
            <button
              type="button"
              class="site-rule__grant"
              data-testid="site-rule-grant"
              onClick={() => choose('always')}
            >
              {t('autoGrantAccess')}
            </button>
          </>
        ) : mode === 'always' ? (
          granted && t('autoAccessGranted')
        ) : (
          t('autoAccessNotNeeded')
        )}
      </span>
      <span class="site-rule__message" role="status" data-testid="site-rule-message">
        {message}
      </span>
    </div>
  );
}
