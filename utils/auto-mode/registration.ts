import { browser } from 'wxt/browser';
import { siteOrigins } from './hosts';
import { NEWS_SITES, newsSiteOrigin } from './news-sites';
import { grantedOrigins } from './permissions';
import { loadAutoMode, ruleFor, type AutoModeState } from './site-rules';

export const DETECT_SCRIPT_ID = 'lector-auto-detect';
export const DETECT_SCRIPT_FILE = 'detect.js';

export interface DetectionTargets {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Where the detection script should run, before asking which of it is granted: sites with an
 * `always` rule, plus the built-in list when it is on, minus sites under a `never` rule (also
 * passed as `excludeMatches`, so a never on news.example.com holds inside an always on
 * example.com). Nothing at all while auto mode is off. Pure; sorted, so results compare.
 */
export function detectionCandidates(state: AutoModeState): DetectionTargets {
  if (!state.enabled) return { matches: [], excludeMatches: [] };
  const allowed = (key: string) => ruleFor(state, key)?.rule.mode !== 'never';
  const matches = new Set<string>();
  for (const [key, rule] of Object.entries(state.rules)) {
    if (rule.mode === 'always' && allowed(key)) siteOrigins(key).forEach((o) => matches.add(o));
  }
  if (state.builtInSites) {
    for (const { host } of NEWS_SITES) if (allowed(host)) matches.add(newsSiteOrigin(host));
  }
  const excludeMatches = Object.entries(state.rules)
    .filter(([, rule]) => rule.mode === 'never')
    .flatMap(([key]) => siteOrigins(key));
  return { matches: [...matches].sort(), excludeMatches: [...new Set(excludeMatches)].sort() };
}

/** The candidates the browser has actually granted; excludes only matter next to matches. */
export function detectionTargets(
  state: AutoModeState,
  granted: ReadonlySet<string>,
): DetectionTargets {
  const candidates = detectionCandidates(state);
  const matches = candidates.matches.filter((origin) => granted.has(origin));
  return { matches, excludeMatches: matches.length > 0 ? candidates.excludeMatches : [] };
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);

async function syncOnce(): Promise<DetectionTargets> {
  const state = await loadAutoMode();
  const targets = detectionTargets(state, await grantedOrigins(detectionCandidates(state).matches));
  const [existing] = await browser.scripting.getRegisteredContentScripts({
    ids: [DETECT_SCRIPT_ID],
  });
  if (
    existing &&
    sameList(existing.matches, targets.matches) &&
    sameList(existing.excludeMatches, targets.excludeMatches)
  ) {
    return targets;
  }
  // Unregister and register rather than update: an update keeps fields it is not given, and an
  // empty exclude list must clear the old one.
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [DETECT_SCRIPT_ID] });
  if (targets.matches.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: DETECT_SCRIPT_ID,
        js: [DETECT_SCRIPT_FILE],
        matches: targets.matches,
        ...(targets.excludeMatches.length > 0 ? { excludeMatches: targets.excludeMatches } : {}),
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return targets;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Register the detection script for exactly the granted targets (or unregister it). Calls are
 * queued: rules and permissions often change together, and two syncs interleaving would try to
 * register the same id twice.
 */
export function syncDetectionScript(): Promise<DetectionTargets> {
  const run = queue.then(syncOnce, syncOnce);
  queue = run.catch(() => {});
  return run;
}
