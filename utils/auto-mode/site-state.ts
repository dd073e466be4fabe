import { browser } from 'wxt/browser';
import { siteKeyOfUrl } from './hosts';
import { siteAccessGranted } from './rule-choices';
import { loadAutoMode, ruleFor, watchAutoMode, type RuleMode } from './site-rules';

/** What components/SiteRuleControl.tsx shows for a page: its site, rule and access. */
export interface SiteRuleState {
  site: string;
  mode: RuleMode | 'default';
  granted: boolean;
}

/**
 * The site rule that applies to a page, for the reader's toolbar: the site is the rule's own
 * key when a rule for the page's site or a parent applies (a rule on bbc.co.uk shows on
 * news.bbc.co.uk), else the page's site key. Null for pages no rule can apply to.
 */
export async function siteRuleState(pageUrl: string): Promise<SiteRuleState | null> {
  const key = siteKeyOfUrl(pageUrl);
  if (!key) return null;
  const applying = ruleFor(await loadAutoMode(), key);
  const site = applying?.key ?? key;
  return { site, mode: applying?.rule.mode ?? 'default', granted: await siteAccessGranted(site) };
}

/**
 * Call back with the page's site rule state now and whenever rules or permissions change (in
 * any page, or in the browser's own settings). Returns the unsubscribe function.
 */
export function watchSiteRuleState(
  pageUrl: string,
  callback: (state: SiteRuleState | null) => void,
): () => void {
  let live = true;
  let latest = 0;
  const refresh = () => {
    const ticket = ++latest;
    void siteRuleState(pageUrl).then((state) => {
      if (live && ticket === latest) callback(state);
    });
  };
  refresh();
  const stopRules = watchAutoMode(refresh);
  browser.permissions.onAdded.addListener(refresh);
  browser.permissions.onRemoved.addListener(refresh);
  return () => {
    live = false;
    stopRules();
    browser.permissions.onAdded.removeListener(refresh);
    browser.permissions.onRemoved.removeListener(refresh);
  };
}
