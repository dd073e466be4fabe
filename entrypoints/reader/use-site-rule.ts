import { useEffect, useState } from 'preact/hooks';
import { watchSiteRuleState, type SiteRuleState } from '../../utils/auto-mode/site-state';

/**
 * The auto-mode rule for the page the reader shows (its site, rule and access), kept current; null
 * while unknown and for pages no rule can apply to.
 */
export function useSiteRule(pageUrl: string | null): SiteRuleState | null {
  const [state, setState] = useState<SiteRuleState | null>(null);
  useEffect(() => {
    setState(null);
    if (!pageUrl) return;
    try {
      return watchSiteRuleState(pageUrl, setState);
    } catch {
      return undefined; // no rules here (e.g. a browser without the permissions API)
    }
  }, [pageUrl]);
  return state;
}
