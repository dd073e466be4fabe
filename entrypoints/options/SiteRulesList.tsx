import { SiteRuleControl } from '../../components/SiteRuleControl';
import { siteOrigins } from '../../utils/auto-mode/hosts';
import { chooseSiteRule } from '../../utils/auto-mode/rule-choices';
import type { AutoModeState } from '../../utils/auto-mode/site-rules';
import { t } from '../../utils/i18n';
import { useGranted } from './use-options-state';

/**
 * Every site with a rule of its own, newest first: its always/default/never choice, whether
 * Lector holds its access (with a button to give it again), and a remove button.
 */
export function SiteRulesList({ state }: { state: AutoModeState }) {
  const entries = Object.entries(state.rules).sort(
    ([a, ruleA], [b, ruleB]) => ruleB.changedAt - ruleA.changedAt || a.localeCompare(b),
  );
  const granted = useGranted(entries.flatMap(([key]) => siteOrigins(key)));

  if (entries.length === 0) {
    return (
      <p class="empty" data-testid="rules-empty">
        {t('optionsRulesEmpty')}
      </p>
    );
  }
  return (
    <ul class="rules" data-testid="rules">
      {entries.map(([key, rule]) => (
        <li key={key} class="rule" data-testid="rule" data-site={key}>
          <SiteRuleControl
            site={key}
            mode={rule.mode}
            granted={granted && siteOrigins(key).some((origin) => granted.has(origin))}
            onChoose={(choice) => chooseSiteRule(key, choice)}
          />
          <button
            type="button"
            class="rule__remove"
            aria-label={t('optionsRuleRemove', key)}
            data-testid="rule-remove"
            onClick={() => void chooseSiteRule(key, 'default')}
          >
            {t('optionsRuleRemoveShort')}
          </button>
        </li>
      ))}
    </ul>
  );
}
