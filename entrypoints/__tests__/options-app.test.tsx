import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { click, input, mount } from '../../components/__tests__/render';
import { NEWS_SITE_ORIGINS } from '../../utils/auto-mode/news-sites';
import { loadAutoMode, setSiteRule } from '../../utils/auto-mode/site-rules';
import { installFakePermissions } from '../../utils/auto-mode/testing/fake-permissions';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../utils/settings';
import { OptionsApp } from '../options/App';

let permissions: ReturnType<typeof installFakePermissions>;

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
});
afterEach(() => document.body.replaceChildren());

/** Let storage promises, watchers and Preact's effects settle. */
async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function open() {
  const view = mount(<OptionsApp />);
  await settle();
  return view;
}

const ruleRow = (view: ReturnType<typeof mount>, site: string) =>
  view.all('rule').find((row) => row.dataset.site === site);

describe('options page: reading settings', () => {
  it('shows the stored settings and saves each change at once', async () => {
    await saveSettings({ font: 'sans', fontSize: 24 });
    const view = await open();
    expect(view.get<HTMLInputElement>('font-sans').checked).toBe(true);
    expect(view.get<HTMLInputElement>('fontSize').value).toBe('24');

    click(view.get('font-dyslexic'));
    input(view.get<HTMLInputElement>('lineHeight'), '1.8');
    click(view.get('theme-sepia'));
    click(view.get('open-panel'));
    input(view.get<HTMLInputElement>('speech-rate'), '1.5');
    await settle();
    expect(await loadSettings()).toMatchObject({
      font: 'dyslexic',
      fontSize: 24,
      lineHeight: 1.8,
      theme: 'sepia',
      openPanelWithReader: false,
      ttsRate: 1.5,
    });
    expect(view.get('lineHeight').getAttribute('aria-valuetext')).toBe('1.8');
  });

  it('labels every control', async () => {
    const view = await open();
    for (const control of view.container.querySelectorAll('input, select')) {
      const labelled =
        control.closest('label') ||
        (control.id && view.container.querySelector(`label[for="${control.id}"]`));
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('survives a reload of the page', async () => {
    const first = await open();
    click(first.get('theme-dark'));
    await settle();
    first.unmount();
    const again = await open();
    expect(again.get<HTMLInputElement>('theme-dark').checked).toBe(true);
  });
});

describe('options page: auto mode', () => {
  it('switches auto mode off and on', async () => {
    const view = await open();
    click(view.get('auto-enabled'));
    await settle();
    expect((await loadAutoMode()).enabled).toBe(false);
    expect(view.get<HTMLInputElement>('auto-builtin').disabled).toBe(true);
  });

  it('turns the built-in list on with one request for exactly its sites, made in the click', async () => {
    const view = await open();
    view.get<HTMLInputElement>('auto-builtin').click();
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...NEWS_SITE_ORIGINS] });
    await settle();
    expect((await loadAutoMode()).builtInSites).toBe(true);
    expect(view.get('auto-builtin-access').textContent).toBe(
      `Access given for ${NEWS_SITE_ORIGINS.length} of ${NEWS_SITE_ORIGINS.length} sites.`,
    );
  });

  it('leaves the built-in list off when access is refused, and says so', async () => {
    permissions.answerWith(false);
    const view = await open();
    click(view.get('auto-builtin'));
    await settle();
    expect(view.get<HTMLInputElement>('auto-builtin').checked).toBe(false);
    expect(view.get('auto-message').textContent).toBe('Access was not given, so nothing changed.');
    expect((await loadAutoMode()).builtInSites).toBe(false);
  });
});

describe('options page: site rules', () => {
  it('adds an always rule (asking for access in the submit) and a never rule', async () => {
    const view = await open();
    expect(view.get('rules-empty')).toBeTruthy();
    input(view.get<HTMLInputElement>('add-site-host'), 'https://www.lemonde.fr/une/article');
    act(() => {
      view.get<HTMLFormElement>('add-site').requestSubmit();
    });
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*'],
    });
    await settle();
    expect(view.get('add-site-message').textContent).toBe('Rule added for lemonde.fr.');
    expect(view.get<HTMLInputElement>('add-site-host').value).toBe('');

    input(view.get<HTMLInputElement>('add-site-host'), 'spiegel.de');
    click(view.get('add-site-mode-never'));
    click(view.get('add-site-submit'));
    await settle();
    const rules = (await loadAutoMode()).rules;
    expect(rules['lemonde.fr']?.mode).toBe('always');
    expect(rules['spiegel.de']?.mode).toBe('never');
    const lemonde = ruleRow(view, 'lemonde.fr')!;
    expect(lemonde.querySelector('[aria-pressed="true"]')?.textContent).toBe('Always');
    expect(lemonde.textContent).toContain('Lector may read this site’s pages.');
    expect(ruleRow(view, 'spiegel.de')!.textContent).toContain('Needs no access.');
  });

  it('refuses what is not a site', async () => {
    const view = await open();
    input(view.get<HTMLInputElement>('add-site-host'), 'not a site');
    click(view.get('add-site-submit'));
    await settle();
    expect(view.get('add-site-message').textContent).toBe('That is not a web site address.');
    expect(view.get('add-site-host').getAttribute('aria-invalid')).toBe('true');
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('shows a rule turned off by the browser, and gives access again', async () => {
    const view = await open();
    input(view.get<HTMLInputElement>('add-site-host'), 'lemonde.fr');
    click(view.get('add-site-submit'));
    await settle();
    permissions.revoke(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
    await setSiteRule('lemonde.fr', 'off');
    await settle();
    const row = ruleRow(view, 'lemonde.fr')!;
    expect(row.textContent).toContain('no longer has access');
    click(row.querySelector('[data-testid="site-rule-grant"]')!);
    await settle();
    expect((await loadAutoMode()).rules['lemonde.fr']?.mode).toBe('always');
    expect(ruleRow(view, 'lemonde.fr')!.textContent).toContain('Lector may read');
  });

  it('changes and removes rules', async () => {
    await setSiteRule('spiegel.de', 'never');
    const view = await open();
    click(ruleRow(view, 'spiegel.de')!.querySelector('[data-testid="site-rule-always"]')!);
    await settle();
    expect((await loadAutoMode()).rules['spiegel.de']?.mode).toBe('always');
    const remove = ruleRow(view, 'spiegel.de')!.querySelector('[data-testid="rule-remove"]')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove the rule for spiegel.de');
    click(remove);
    await settle();
    expect((await loadAutoMode()).rules).toEqual({});
    expect(view.get('rules-empty')).toBeTruthy();
    expect(permissions.granted.size).toBe(0);
  });
});

describe('options page: reset', () => {
  it('asks first, then resets settings and rules and gives back access', async () => {
    await saveSettings({ fontSize: 30 });
    await setSiteRule('spiegel.de', 'never');
    const view = await open();
    input(view.get<HTMLInputElement>('add-site-host'), 'lemonde.fr');
    click(view.get('add-site-submit'));
    await settle();

    click(view.get('reset-start'));
    expect(document.activeElement).toBe(view.get('reset-no'));
    click(view.get('reset-no'));
    expect(view.query('reset-yes')).toBeNull();
    expect((await loadSettings()).fontSize).toBe(30);

    click(view.get('reset-start'));
    click(view.get('reset-yes'));
    await settle();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await loadAutoMode()).rules).toEqual({});
    expect(permissions.granted.size).toBe(0);
    expect(view.get('reset-message').textContent).toBe('Everything is back to the defaults.');
    expect(view.get<HTMLInputElement>('fontSize').value).toBe(String(DEFAULT_SETTINGS.fontSize));
  });
});
