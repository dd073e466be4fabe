import { siteOrigins } from './hosts';
import { builtInSiteOf, NEWS_SITE_ORIGINS, newsSiteOrigin } from './news-sites';
import { grantedOrigins, releaseOrigins, requestOrigins } from './permissions';
import {
  loadAutoMode,
  resetAutoMode,
  ruleFor,
  setBuiltInSites,
  setSiteRule,
  type AutoModeState,
} from './site-rules';

/** What a person can choose for a site: a rule, or no rule at all. */
export type SiteChoice = 'always' | 'never' | 'default';

/**
 * Apply a person's choice for a site. Call it straight from the click (or key) handler: for
 * `always` the first thing it does, synchronously, is ask the browser for the site's host
 * permission, which the browser allows only inside that gesture. Resolves to false when the
 * permission was refused (the rule is then left as it was).
 */
export function chooseSiteRule(key: string, choice: SiteChoice): Promise<boolean> {
  if (choice === 'always') {
    const asked = requestOrigins(siteOrigins(key));
    return asked.then(async (granted) => {
      if (granted) await setSiteRule(key, 'always');
      return granted;
    });
  }
  return (async () => {
    const before = await loadAutoMode();
    const state = await setSiteRule(key, choice === 'never' ? 'never' : null);
    if (before.rules[key]?.mode === 'always') await releaseOrigins(unneededOrigins(state, key));
    return true;
  })();
}

/** A site's origins no longer needed once its `always` rule is gone (the built-in list may keep one). */
function unneededOrigins(state: AutoModeState, key: string): string[] {
  const keepBuiltIn =
    state.builtInSites && builtInSiteOf(key) && ruleFor(state, key)?.rule.mode !== 'never';
  return siteOrigins(key).filter((origin) => !(keepBuiltIn && origin === newsSiteOrigin(key)));
}

/**
 * Turn auto mode for the built-in news list on (one permission request for exactly those sites,
 * made synchronously: call from the click handler) or off (their access is given back, except
 * for sites that have an `always` rule of their own).
 */
export function chooseBuiltInSites(on: boolean): Promise<boolean> {
  if (on) {
    const asked = requestOrigins(NEWS_SITE_ORIGINS);
    return asked.then(async (granted) => {
      if (granted) await setBuiltInSites(true);
      return granted;
    });
  }
  return (async () => {
    const state = await setBuiltInSites(false);
    const kept = new Set(
      Object.entries(state.rules)
        .filter(([, rule]) => rule.mode === 'always')
        .flatMap(([key]) => siteOrigins(key)),
    );
    await releaseOrigins(NEWS_SITE_ORIGINS.filter((origin) => !kept.has(origin)));
    return true;
  })();
}

/** Is any of a site's origins granted? (The options page and the reader toolbar show it.) */
export async function siteAccessGranted(key: string): Promise<boolean> {
  return (await grantedOrigins(siteOrigins(key))).size > 0;
}

/** Rules and switches back to their defaults, and the site access they held given back. */
export async function resetAutoModeAndAccess(): Promise<void> {
  const state = await loadAutoMode();
  const held = Object.keys(state.rules).flatMap(siteOrigins);
  await resetAutoMode();
  await releaseOrigins([...new Set([...held, ...(state.builtInSites ? NEWS_SITE_ORIGINS : [])])]);
}
