import { siteOrigins } from './hosts';
import { grantedOrigins } from './permissions';
import { autoModeItem, loadAutoMode, type RuleMode } from './site-rules';

/**
 * Bring the rules in line with the permissions the browser holds: an `always` rule whose site
 * access was removed (chrome://extensions, Firefox's add-on page) turns `off`; an `off` rule whose
 * access came back turns `always` again. Run on `permissions.onRemoved`/`onAdded` and at startup,
 * since access can change while Lector is not running. Returns the keys it changed.
 */
export async function reconcileRules(): Promise<string[]> {
  const state = await loadAutoMode();
  const keys = Object.entries(state.rules)
    .filter(([, rule]) => rule.mode !== 'never')
    .map(([key]) => key);
  if (keys.length === 0) return [];
  const granted = await grantedOrigins(keys.flatMap(siteOrigins));
  const changed: string[] = [];
  for (const key of keys) {
    const rule = state.rules[key]!;
    const hasAccess = siteOrigins(key).some((origin) => granted.has(origin));
    const next: RuleMode = hasAccess ? 'always' : 'off';
    if (rule.mode !== next) {
      state.rules[key] = { mode: next, changedAt: Date.now() };
      changed.push(key);
    }
  }
  // Written only on a change: an unchanged write would still wake every watcher.
  if (changed.length > 0) await autoModeItem.setValue(state);
  return changed;
}
