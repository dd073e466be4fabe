import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { click, mount } from '../../components/__tests__/render';
import { NEWS_SITE_ORIGINS, NEWS_SITES } from '../../utils/auto-mode/news-sites';
import { loadAutoMode } from '../../utils/auto-mode/site-rules';
import { installFakePermissions } from '../../utils/auto-mode/testing/fake-permissions';
import { WelcomeApp } from '../welcome/App';

let permissions: ReturnType<typeof installFakePermissions>;

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
  fakeBrowser.commands.getAll = vi.fn(async () => [
    { name: 'toggle-reader', shortcut: 'Alt+Shift+R' },
  ]) as never;
});
afterEach(() => document.body.replaceChildren());

async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

it('explains Lector calmly and lists the sites it offers', async () => {
  const view = mount(<WelcomeApp />);
  await settle();
  const text = view.get('welcome').textContent!;
  expect(text).toContain('toolbar');
  expect(text).toContain('The keyboard shortcut Alt+Shift+R does the same.');
  expect(text).toContain('side panel');
  expect(text).toContain('reading list');
  expect(text).toContain('Nothing leaves your device');
  expect(text).toContain(`${NEWS_SITES.length} well-known news sites`);
  expect(view.get('news-sites').querySelectorAll('li')).toHaveLength(NEWS_SITES.length);
});

it('turns auto mode on with one request for exactly the built-in sites, and shows it', async () => {
  const view = mount(<WelcomeApp />);
  await settle();
  view.get<HTMLButtonElement>('welcome-turn-on').click();
  expect(permissions.request).toHaveBeenCalledTimes(1);
  expect(permissions.request).toHaveBeenCalledWith({ origins: [...NEWS_SITE_ORIGINS] });
  await settle();
  expect((await loadAutoMode()).builtInSites).toBe(true);
  expect(view.get('welcome-outcome').textContent).toContain('Auto mode is on');
  expect(view.query('welcome-turn-on')).toBeNull();

  view.unmount();
  const again = mount(<WelcomeApp />);
  await settle();
  expect(again.get('welcome-outcome').textContent).toContain('Auto mode is on');
});

it('says auto mode stays off when the request is declined', async () => {
  permissions.answerWith(false);
  const view = mount(<WelcomeApp />);
  await settle();
  click(view.get('welcome-turn-on'));
  await settle();
  expect(view.get('welcome-outcome').textContent).toBe(
    'Auto mode stays off. You can turn it on at any time in Lector’s options.',
  );
  expect((await loadAutoMode()).builtInSites).toBe(false);
  expect(view.get('welcome-turn-on')).toBeTruthy();
});
