import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseSiteRule } from './rule-choices';
import { setSiteRule } from './site-rules';
import { siteRuleState, watchSiteRuleState, type SiteRuleState } from './site-state';
import { installFakePermissions } from './testing/fake-permissions';

let permissions: ReturnType<typeof installFakePermissions>;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
});

it('is the page’s site with no rule, or the rule that applies to it', async () => {
  expect(await siteRuleState('https://www.lemonde.fr/a')).toEqual({
    site: 'lemonde.fr',
    mode: 'default',
    granted: false,
  });
  await setSiteRule('bbc.co.uk', 'never');
  expect(await siteRuleState('https://news.bbc.co.uk/story')).toEqual({
    site: 'bbc.co.uk',
    mode: 'never',
    granted: false,
  });
  expect(await siteRuleState('chrome://extensions')).toBeNull();
});

it('follows rule and permission changes', async () => {
  const states: (SiteRuleState | null)[] = [];
  const stop = watchSiteRuleState('https://www.lemonde.fr/a', (state) => states.push(state));
  await vi.waitFor(() => expect(states.at(-1)?.mode).toBe('default'));
  await chooseSiteRule('lemonde.fr', 'always');
  await vi.waitFor(() =>
    expect(states.at(-1)).toEqual({ site: 'lemonde.fr', mode: 'always', granted: true }),
  );
  permissions.revoke(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
  await vi.waitFor(() => expect(states.at(-1)?.granted).toBe(false));
  stop();
  const count = states.length;
  await setSiteRule('lemonde.fr', 'never');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(states).toHaveLength(count);
});
