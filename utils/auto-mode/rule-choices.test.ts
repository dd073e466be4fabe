import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEWS_SITE_ORIGINS } from './news-sites';
import { reconcileRules } from './reconcile';
import { chooseBuiltInSites, chooseSiteRule, siteAccessGranted } from './rule-choices';
import { loadAutoMode, setBuiltInSites, setSiteRule } from './site-rules';
import { installFakePermissions } from './testing/fake-permissions';

let permissions: ReturnType<typeof installFakePermissions>;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
});

describe('choosing a site rule', () => {
  it('asks for the permission synchronously, inside the gesture, before any await', () => {
    void chooseSiteRule('lemonde.fr', 'always');
    // No microtask has run yet: the request was the first thing the call did.
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*'],
    });
  });

  it('sets "always" once the permission is granted', async () => {
    expect(await chooseSiteRule('lemonde.fr', 'always')).toBe(true);
    expect((await loadAutoMode()).rules['lemonde.fr']?.mode).toBe('always');
    expect(await siteAccessGranted('lemonde.fr')).toBe(true);
  });

  it('leaves the rule as it was when the permission is refused', async () => {
    await setSiteRule('lemonde.fr', 'never');
    permissions.answerWith(false);
    expect(await chooseSiteRule('lemonde.fr', 'always')).toBe(false);
    expect((await loadAutoMode()).rules['lemonde.fr']?.mode).toBe('never');
  });

  it('needs no permission for "never" or "default", and gives back access no longer needed', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    permissions.request.mockClear();
    expect(await chooseSiteRule('lemonde.fr', 'never')).toBe(true);
    expect(permissions.request).not.toHaveBeenCalled();
    expect((await loadAutoMode()).rules['lemonde.fr']?.mode).toBe('never');
    expect(await siteAccessGranted('lemonde.fr')).toBe(false);
    await chooseSiteRule('lemonde.fr', 'default');
    expect((await loadAutoMode()).rules).toEqual({});
  });

  it('keeps the built-in list’s access when a listed site goes back to default', async () => {
    await chooseBuiltInSites(true);
    await chooseSiteRule('lemonde.fr', 'always');
    await chooseSiteRule('lemonde.fr', 'default');
    expect(permissions.granted.has('https://*.lemonde.fr/*')).toBe(true);
    expect(permissions.granted.has('http://*.lemonde.fr/*')).toBe(false);
  });
});

describe('the built-in list', () => {
  it('is one request for exactly the listed sites', async () => {
    const done = chooseBuiltInSites(true);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...NEWS_SITE_ORIGINS] });
    expect(await done).toBe(true);
    expect((await loadAutoMode()).builtInSites).toBe(true);
  });

  it('stays off when refused', async () => {
    permissions.answerWith(false);
    expect(await chooseBuiltInSites(true)).toBe(false);
    expect((await loadAutoMode()).builtInSites).toBe(false);
  });

  it('gives back its access when turned off, except for sites with their own rule', async () => {
    await chooseBuiltInSites(true);
    await chooseSiteRule('lemonde.fr', 'always');
    await chooseBuiltInSites(false);
    expect((await loadAutoMode()).builtInSites).toBe(false);
    expect(permissions.granted.has('https://*.bbc.co.uk/*')).toBe(false);
    expect(permissions.granted.has('https://*.lemonde.fr/*')).toBe(true);
  });
});

describe('permission revocation', () => {
  it('turns an "always" rule off, and back on when access returns', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    await chooseSiteRule('spiegel.de', 'always');
    await setSiteRule('zeit.de', 'never');
    permissions.revoke(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
    expect(await reconcileRules()).toEqual(['lemonde.fr']);
    let rules = (await loadAutoMode()).rules;
    expect(rules['lemonde.fr']?.mode).toBe('off');
    expect(rules['spiegel.de']?.mode).toBe('always');
    expect(rules['zeit.de']?.mode).toBe('never');

    await chooseSiteRule('lemonde.fr', 'always');
    rules = (await loadAutoMode()).rules;
    expect(rules['lemonde.fr']?.mode).toBe('always');
  });

  it('keeps a rule on while one of its origins (e.g. https) is still granted', async () => {
    await chooseSiteRule('lemonde.fr', 'always');
    permissions.revoke(['http://*.lemonde.fr/*']);
    expect(await reconcileRules()).toEqual([]);
  });

  it('writes nothing when nothing changed', async () => {
    await setBuiltInSites(true);
    expect(await reconcileRules()).toEqual([]);
  });
});
