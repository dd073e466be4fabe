import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_AUTO_MODE,
  loadAutoMode,
  normalizeAutoMode,
  resetAutoMode,
  ruleFor,
  setAutoModeEnabled,
  setBuiltInSites,
  setSiteRule,
  watchAutoMode,
} from './site-rules';

beforeEach(() => fakeBrowser.reset());

describe('auto mode storage', () => {
  it('starts from the defaults', async () => {
    expect(await loadAutoMode()).toEqual(DEFAULT_AUTO_MODE);
  });

  it('keeps rules and switches across loads', async () => {
    await setSiteRule('lemonde.fr', 'always');
    await setSiteRule('spiegel.de', 'never');
    await setAutoModeEnabled(false);
    await setBuiltInSites(true);
    const state = await loadAutoMode();
    expect(state.enabled).toBe(false);
    expect(state.builtInSites).toBe(true);
    expect(state.rules['lemonde.fr']?.mode).toBe('always');
    expect(state.rules['spiegel.de']?.mode).toBe('never');
    const raw = (await fakeBrowser.storage.local.get('autoMode')).autoMode;
    expect(raw).toMatchObject({ enabled: false, builtInSites: true });
  });

  it('removes a rule with null, and refuses keys that are not sites', async () => {
    await setSiteRule('lemonde.fr', 'always');
    await setSiteRule('lemonde.fr', null);
    expect((await loadAutoMode()).rules).toEqual({});
    await expect(setSiteRule('www.lemonde.fr', 'always')).rejects.toThrow();
    await expect(setSiteRule('not a host', 'never')).rejects.toThrow();
  });

  it('drops malformed stored values', () => {
    const state = normalizeAutoMode({
      enabled: 'yes',
      builtInSites: true,
      rules: {
        'ok.example': { mode: 'never', changedAt: 5 },
        'bad mode.example': { mode: 'never' },
        'also.example': { mode: 'sometimes' },
        'www.x.example': { mode: 'always' },
        'y.example': { mode: 'off', changedAt: 'x' },
      },
    });
    expect(state.enabled).toBe(true);
    expect(state.builtInSites).toBe(true);
    expect(state.rules).toEqual({
      'ok.example': { mode: 'never', changedAt: 5 },
      'y.example': { mode: 'off', changedAt: 0 },
    });
    expect(normalizeAutoMode(null)).toEqual(DEFAULT_AUTO_MODE);
    expect(normalizeAutoMode({ rules: [1, 2] }).rules).toEqual({});
  });

  it('resets everything', async () => {
    await setSiteRule('lemonde.fr', 'always');
    await setAutoModeEnabled(false);
    expect(await resetAutoMode()).toEqual(DEFAULT_AUTO_MODE);
    expect(await loadAutoMode()).toEqual(DEFAULT_AUTO_MODE);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchAutoMode((state) => seen.push(state.enabled));
    await setAutoModeEnabled(false);
    stop();
    await setAutoModeEnabled(true);
    expect(seen).toEqual([false]);
  });
});

describe('ruleFor', () => {
  const rule = (mode: 'always' | 'never' | 'off') => ({ mode, changedAt: 0 });

  it('applies a rule to subdomains, the most specific first', () => {
    const state = normalizeAutoMode({
      rules: { 'bbc.co.uk': rule('always'), 'sport.bbc.co.uk': rule('off') },
    });
    expect(ruleFor(state, 'news.bbc.co.uk')?.key).toBe('bbc.co.uk');
    expect(ruleFor(state, 'live.sport.bbc.co.uk')?.rule.mode).toBe('off');
    expect(ruleFor(state, 'bbc.com')).toBeNull();
  });

  it('lets never win over a more specific always', () => {
    const state = normalizeAutoMode({
      rules: { 'example.com': rule('never'), 'news.example.com': rule('always') },
    });
    expect(ruleFor(state, 'news.example.com')?.rule.mode).toBe('never');
  });
});
