import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEWS_SITE_ORIGINS } from './news-sites';
import {
  DETECT_SCRIPT_ID,
  detectionCandidates,
  detectionTargets,
  syncDetectionScript,
} from './registration';
import { chooseBuiltInSites, chooseSiteRule } from './rule-choices';
import { normalizeAutoMode, setAutoModeEnabled, setSiteRule } from './site-rules';
import { installFakePermissions } from './testing/fake-permissions';

const rule = (mode: 'always' | 'never' | 'off') => ({ mode, changedAt: 0 });

describe('detection targets (pure)', () => {
  it('are the always sites plus the built-in list, minus never sites, when granted', () => {
    const state = normalizeAutoMode({
      builtInSites: true,
      rules: {
        'example.org': rule('always'),
        'paused.example': rule('off'),
        'lemonde.fr': rule('never'),
      },
    });
    const candidates = detectionCandidates(state);
    expect(candidates.matches).toContain('https://*.example.org/*');
    expect(candidates.matches).toContain('http://*.example.org/*');
    expect(candidates.matches).toContain('https://*.bbc.co.uk/*');
    expect(candidates.matches).not.toContain('https://*.lemonde.fr/*');
    expect(candidates.matches.some((origin) => origin.includes('paused'))).toBe(false);
    expect(candidates.matches).toHaveLength(2 + NEWS_SITE_ORIGINS.length - 1);
    expect(candidates.excludeMatches).toEqual(['http://*.lemonde.fr/*', 'https://*.lemonde.fr/*']);

    const granted = new Set(['https://*.example.org/*', 'https://*.bbc.co.uk/*']);
    expect(detectionTargets(state, granted)).toEqual({
      matches: ['https://*.bbc.co.uk/*', 'https://*.example.org/*'],
      excludeMatches: ['http://*.lemonde.fr/*', 'https://*.lemonde.fr/*'],
    });
  });

  it('are empty when auto mode is off, or nothing is granted', () => {
    const on = normalizeAutoMode({ rules: { 'example.org': rule('always') } });
    expect(
      detectionTargets({ ...on, enabled: false }, new Set(['https://*.example.org/*'])),
    ).toEqual({ matches: [], excludeMatches: [] });
    expect(detectionTargets(on, new Set())).toEqual({ matches: [], excludeMatches: [] });
  });

  it('keep a never on a subdomain inside an always on its parent', () => {
    const state = normalizeAutoMode({
      rules: { 'example.com': rule('always'), 'shop.example.com': rule('never') },
    });
    expect(detectionCandidates(state)).toEqual({
      matches: ['http://*.example.com/*', 'https://*.example.com/*'],
      excludeMatches: ['http://*.shop.example.com/*', 'https://*.shop.example.com/*'],
    });
  });
});

describe('syncDetectionScript', () => {
  let permissions: ReturnType<typeof installFakePermissions>;
  beforeEach(() => {
    fakeBrowser.reset();
    permissions = installFakePermissions();
  });

  const registered = () => permissions.scripts.get(DETECT_SCRIPT_ID);

  it('registers nothing without rules', async () => {
    await syncDetectionScript();
    expect(registered()).toBeUndefined();
  });

  it('registers the script for exactly the granted always sites, idle, top frame, persistent', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    await setSiteRule('spiegel.de', 'never');
    await syncDetectionScript();
    expect(registered()).toEqual({
      id: DETECT_SCRIPT_ID,
      js: ['detect.js'],
      matches: ['http://*.lemonde.fr/*', 'https://*.lemonde.fr/*'],
      excludeMatches: ['http://*.spiegel.de/*', 'https://*.spiegel.de/*'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  it('follows rule, switch and permission changes', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    await chooseBuiltInSites(true);
    await syncDetectionScript();
    expect(registered()?.matches).toHaveLength(NEWS_SITE_ORIGINS.length + 1);

    permissions.revoke(['https://*.bbc.co.uk/*']);
    await syncDetectionScript();
    expect(registered()?.matches).not.toContain('https://*.bbc.co.uk/*');

    await setAutoModeEnabled(false);
    await syncDetectionScript();
    expect(registered()).toBeUndefined();
  });

  it('survives calls that overlap', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    await Promise.all([syncDetectionScript(), syncDetectionScript(), syncDetectionScript()]);
    expect(registered()?.matches).toHaveLength(2);
  });

  it('leaves an unchanged registration alone', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    await syncDetectionScript();
    const register = fakeBrowser.scripting.registerContentScripts;
    await syncDetectionScript();
    expect(register).toHaveBeenCalledTimes(1);
  });
});
