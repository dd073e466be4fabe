import { storage } from 'wxt/utils/storage';
import { keyAndParents, siteKey } from './hosts';

/**
 * Auto mode's settings: on/off, the built-in news list on/off, and per-site rules keyed by site
 * key (hosts.ts: lower-case host without a leading `www.`). As with settings.ts, the defaults
 * object is the schema; stored values are merged over it and anything malformed is dropped.
 *
 * A rule is one of:
 * - `always`: open the reader by itself on articles of this site (needs the site's host
 *   permission, asked when the rule is chosen);
 * - `never`: Lector does nothing on its own on this site, even if it is in the built-in list;
 * - `off`: was `always` until the browser's permission for the site was removed; kept so the
 *   options page can show it and offer to grant access again, which turns it back to `always`.
 * A rule covers the site's subdomains. Where rules for a host and a parent both apply, `never`
 * wins; otherwise the most specific rule does.
 */
export type RuleMode = 'always' | 'never' | 'off';
export interface SiteRule {
  mode: RuleMode;
  /** When the rule was last set (ms since the epoch), for the options list's order. */
  changedAt: number;
}

export const DEFAULT_AUTO_MODE = {
  /** The global switch: off, Lector opens nothing by itself anywhere. */
  enabled: true,
  /** Auto mode on the built-in news list (news-sites.ts), offered on the welcome page. */
  builtInSites: false,
  rules: {} as Record<string, SiteRule>,
};
export type AutoModeState = typeof DEFAULT_AUTO_MODE;

export const AUTO_MODE_VERSION = 1;
const MAX_RULES = 2_000;
const MODES: readonly RuleMode[] = ['always', 'never', 'off'];

export const autoModeItem = storage.defineItem<Partial<AutoModeState>>('local:autoMode', {
  fallback: {},
  version: AUTO_MODE_VERSION,
});

export function normalizeAutoMode(stored: unknown): AutoModeState {
  const result: AutoModeState = { ...DEFAULT_AUTO_MODE, rules: {} };
  if (!stored || typeof stored !== 'object') return result;
  const input = stored as Record<string, unknown>;
  if (typeof input.enabled === 'boolean') result.enabled = input.enabled;
  if (typeof input.builtInSites === 'boolean') result.builtInSites = input.builtInSites;
  const rules = input.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [key, rule] of Object.entries(rules).slice(0, MAX_RULES)) {
      const mode = (rule as Partial<SiteRule> | null)?.mode;
      const changedAt = (rule as Partial<SiteRule> | null)?.changedAt;
      if (siteKey(key) === key && MODES.includes(mode as RuleMode)) {
        result.rules[key] = {
          mode: mode as RuleMode,
          changedAt: typeof changedAt === 'number' && Number.isFinite(changedAt) ? changedAt : 0,
        };
      }
    }
  }
  return result;
}

export async function loadAutoMode(): Promise<AutoModeState> {
  return normalizeAutoMode(await autoModeItem.getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read, change and write back, one change at a time within this page (two quick clicks must not
 * both read the old state and lose one change). Across pages the last write wins.
 */
function update(change: (state: AutoModeState) => void): Promise<AutoModeState> {
  const run = writes.then(async () => {
    const state = await loadAutoMode();
    change(state);
    await autoModeItem.setValue(state);
    return state;
  });
  writes = run.catch(() => {});
  return run;
}

export const setAutoModeEnabled = (enabled: boolean) => update((s) => void (s.enabled = enabled));

export const setBuiltInSites = (on: boolean) => update((s) => void (s.builtInSites = on));

/** Set a site's rule; `null` removes it (the site goes back to the default). */
export function setSiteRule(key: string, mode: RuleMode | null): Promise<AutoModeState> {
  const valid = siteKey(key);
  if (valid !== key) return Promise.reject(new Error(`Not a site: ${key}`));
  return update((state) => {
    if (mode === null) delete state.rules[key];
    else state.rules[key] = { mode, changedAt: Date.now() };
  });
}

/** Rules and the switches back to their defaults. */
export async function resetAutoMode(): Promise<AutoModeState> {
  await autoModeItem.removeValue();
  return normalizeAutoMode({});
}

export function watchAutoMode(callback: (state: AutoModeState) => void): () => void {
  return autoModeItem.watch((value) => callback(normalizeAutoMode(value)));
}

/** The rule that decides for a site key: `never` on it or a parent wins, else the most specific. */
export function ruleFor(state: AutoModeState, key: string): { key: string; rule: SiteRule } | null {
  const found = keyAndParents(key)
    .filter((candidate) => state.rules[candidate])
    .map((candidate) => ({ key: candidate, rule: state.rules[candidate]! }));
  return found.find((entry) => entry.rule.mode === 'never') ?? found[0] ?? null;
}
