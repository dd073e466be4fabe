import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../background/handlers';
import { readerTabs } from '../background/reader-tabs';
import type { Detection } from '../extract/types';
import type { SenderInfo } from '../messaging/guard';
import {
  autoOpenDecision,
  noteReaderToggled,
  onAutoModeDetected,
  registerAutoMode,
  rememberReaderClosed,
} from './background';
import { DETECT_SCRIPT_ID } from './registration';
import { rememberClosed, wasClosed } from './closed-pages';
import { loadAutoMode, setAutoModeEnabled, setBuiltInSites, setSiteRule } from './site-rules';
import { installFakePermissions } from './testing/fake-permissions';

const ARTICLE = 'https://www.lemonde.fr/2026/11/29/une-histoire';
const article: Detection = {
  isArticle: true,
  reasons: [{ code: 'jsonld-article', value: 'NewsArticle' }],
};
const notArticle: Detection = { isArticle: false, reasons: [{ code: 'url-home' }] };

let permissions: ReturnType<typeof installFakePermissions>;
/** The page's overlay, as the injected script would find and change it. */
let overlayOpen: boolean;
const executeScript = vi.fn(async (injection: { files?: string[] }) => {
  // Auto mode's script opens the reader unseen, and never closes one (reader-overlay-auto.ts).
  expect(injection.files).toEqual(['/reader-overlay-auto.js']);
  if (overlayOpen) return [{ result: 'open' }];
  overlayOpen = true;
  return [{ result: 'opened' }];
});

beforeEach(async () => {
  fakeBrowser.reset();
  permissions = installFakePermissions(['https://*.lemonde.fr/*', 'https://lemonde.fr/*']);
  permissions.granted.add('https://www.lemonde.fr/*');
  overlayOpen = false;
  executeScript.mockClear();
  fakeBrowser.scripting.executeScript = executeScript as never;
  readerTabs.clear();
  await setSiteRule('lemonde.fr', 'always');
});

const sender = (url = ARTICLE, frameId = 0): SenderInfo => ({
  id: 'lector',
  url,
  tab: { id: 7 },
  frameId,
});
const detected = (url: string, detection = article) =>
  onAutoModeDetected({ type: 'cs-bg-detected', url, detection }, sender(url));

describe('autoOpenDecision', () => {
  it('opens articles on an always site with access', async () => {
    expect(await autoOpenDecision(7, ARTICLE, true)).toBe('open');
  });

  it('does nothing on home pages, section fronts and other non-articles', async () => {
    expect(await autoOpenDecision(7, 'https://www.lemonde.fr/', false)).toBe('not-article');
  });

  it('respects the global switch, never rules, and sites without a rule', async () => {
    expect(await autoOpenDecision(7, 'https://www.spiegel.de/a-b-c-1234', true)).toBe(
      'not-allowed',
    );
    await setSiteRule('lemonde.fr', 'never');
    expect(await autoOpenDecision(7, ARTICLE, true)).toBe('never');
    await setSiteRule('lemonde.fr', 'always');
    await setAutoModeEnabled(false);
    expect(await autoOpenDecision(7, ARTICLE, true)).toBe('off');
  });

  it('counts the built-in list only when it is on', async () => {
    permissions.granted.add('https://www.spiegel.de/*');
    const url = 'https://www.spiegel.de/politik/eine-geschichte-a-1234';
    expect(await autoOpenDecision(7, url, true)).toBe('not-allowed');
    await setBuiltInSites(true);
    expect(await autoOpenDecision(7, url, true)).toBe('open');
  });

  it('needs the host permission for the page', async () => {
    permissions.granted.delete('https://www.lemonde.fr/*');
    expect(await autoOpenDecision(7, ARTICLE, true)).toBe('no-access');
  });

  it('leaves closed what the person closed in this tab', async () => {
    await rememberClosed(7, ARTICLE);
    expect(await autoOpenDecision(7, `${ARTICLE}#comments`, true)).toBe('closed-by-user');
    expect(await autoOpenDecision(8, ARTICLE, true)).toBe('open');
  });
});

describe('cs-bg-detected', () => {
  it('opens the reader on an allowed article, and only opens', async () => {
    expect(await detected(ARTICLE)).toEqual({ ok: true, opened: true });
    expect(overlayOpen).toBe(true);
    // Unseen until the reading core confirms an article (reader-bg-confirm-auto, below).
    expect(readerTabs.has(7)).toBe(false);
    // Detected again (an SPA re-render): the open reader is left open.
    expect(await detected(ARTICLE)).toEqual({ ok: true, opened: false });
    expect(overlayOpen).toBe(true);
  });

  it('opens once when two detections race', async () => {
    const results = await Promise.all([detected(ARTICLE), detected(`${ARTICLE}-2`)]);
    expect(results.filter((result) => result.ok && result.opened)).toHaveLength(1);
    expect(overlayOpen).toBe(true);
  });

  it('does nothing on a non-article', async () => {
    expect(await detected('https://www.lemonde.fr/', notArticle)).toEqual({
      ok: true,
      opened: false,
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('ignores subframes and URLs from another origin than the sender', async () => {
    const request = { type: 'cs-bg-detected' as const, url: ARTICLE, detection: article };
    expect(await onAutoModeDetected(request, sender(ARTICLE, 3))).toEqual({
      ok: true,
      opened: false,
    });
    expect(
      await onAutoModeDetected({ ...request, url: ARTICLE }, sender('https://evil.example/')),
    ).toEqual({ ok: true, opened: false });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('sets the toolbar icon state, except where the reader opens to judge the page itself', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue();
    await detected('https://www.lemonde.fr/', notArticle);
    expect(setIcon).toHaveBeenLastCalledWith(expect.objectContaining({ tabId: 7 }));
    expect(JSON.stringify(setIcon.mock.lastCall)).toContain('muted');
    setIcon.mockClear();
    // The reader opens: its full verdict (ui-bg-tab-article) sets the icon, not this lean one.
    await detected(ARTICLE);
    expect(setIcon).not.toHaveBeenCalled();
    // Already open (or closed by the person): the lean verdict is all there is for now.
    await detected(`${ARTICLE}-2`);
    expect(JSON.stringify(setIcon.mock.lastCall)).not.toContain('muted');
  });
});

describe('reader-bg-confirm-auto: the reading core confirms or refuses an unseen reader', () => {
  const readerFrame = {
    id: 'lector',
    url: 'chrome-extension://lector/reader.html',
    tab: { id: 7 },
  };
  const confirm = (show: boolean) =>
    backgroundHandlers()['reader-bg-confirm-auto'](
      { type: 'reader-bg-confirm-auto', show },
      readerFrame,
    );

  it('passes the verdict to the tab; a shown reader counts as open', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    expect(await confirm(true)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenLastCalledWith(
      7,
      { type: 'bg-cs-confirm-auto', show: true },
      { frameId: 0 },
    );
    expect(readerTabs.has(7)).toBe(true);
  });

  it('a refused reader is removed unseen, and no close by the person is remembered', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    const frame = { ...readerFrame, tab: { id: tab.id! } };
    const handlers = backgroundHandlers({ onReaderClosed: rememberReaderClosed });
    await handlers['reader-bg-confirm-auto'](
      { type: 'reader-bg-confirm-auto', show: false },
      frame,
    );
    expect(sendMessage).toHaveBeenLastCalledWith(
      tab.id,
      { type: 'bg-cs-confirm-auto', show: false },
      { frameId: 0 },
    );
    expect(readerTabs.has(tab.id!)).toBe(false);
    expect(await wasClosed(tab.id!, ARTICLE)).toBe(false);
  });

  it('a reader the person has shown meanwhile is left alone', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => ({
      ok: false,
      error: 'failed',
      message: 'x',
    })) as never;
    readerTabs.add(7);
    expect(await confirm(false)).toMatchObject({ ok: false });
    expect(readerTabs.has(7)).toBe(true);
  });
});

describe('closing and reopening', () => {
  const tabAt = async (url: string) => {
    const tab = await fakeBrowser.tabs.create({ url });
    return tab.id!;
  };

  const hooks = { 'cs-bg-detected': onAutoModeDetected, onReaderClosed: rememberReaderClosed };

  it('a close from the reader is remembered: reload and back/forward stay closed', async () => {
    const tabId = await tabAt(ARTICLE);
    const handlers = backgroundHandlers(hooks);
    expect(handlers['cs-bg-detected']).toBe(onAutoModeDetected);
    await handlers['reader-bg-close']({ type: 'reader-bg-close' } as never, {
      id: 'lector',
      url: 'chrome-extension://lector/reader.html',
      tab: { id: tabId },
    });
    expect(await wasClosed(tabId, ARTICLE)).toBe(true);
    expect(await autoOpenDecision(tabId, ARTICLE, true)).toBe('closed-by-user');
  });

  it('a close by Esc in the page (the overlay closing itself) is remembered too', async () => {
    const tabId = await tabAt(ARTICLE);
    await backgroundHandlers(hooks)['cs-bg-reader-closed'](
      { type: 'cs-bg-reader-closed' } as never,
      {
        id: 'lector',
        url: ARTICLE,
        tab: { id: tabId },
        frameId: 0,
      },
    );
    expect(await wasClosed(tabId, ARTICLE)).toBe(true);
  });

  it('a toolbar close is remembered, a toolbar open forgets it', async () => {
    const tabId = await tabAt(ARTICLE);
    await noteReaderToggled(tabId, 'closed');
    expect(await wasClosed(tabId, ARTICLE)).toBe(true);
    await noteReaderToggled(tabId, 'opened');
    expect(await wasClosed(tabId, ARTICLE)).toBe(false);
    await noteReaderToggled(tabId, 'unavailable');
    expect(await wasClosed(tabId, ARTICLE)).toBe(false);
  });
});

describe('registerAutoMode', () => {
  it('opens the welcome page on first install only, and registers the detection script', async () => {
    registerAutoMode();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    const urls = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => tab.url ?? []);
    expect(await urls()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(await urls()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
    await vi.waitFor(() => expect(permissions.scripts.get(DETECT_SCRIPT_ID)).toBeDefined());
  });

  it('turns a rule off when its permission is revoked, and stops detecting there', async () => {
    registerAutoMode();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect(permissions.scripts.get(DETECT_SCRIPT_ID)?.matches).toEqual([
        'https://*.lemonde.fr/*',
      ]),
    );
    permissions.revoke(['https://*.lemonde.fr/*']);
    await vi.waitFor(async () =>
      expect((await loadAutoMode()).rules['lemonde.fr']?.mode).toBe('off'),
    );
    await vi.waitFor(() => expect(permissions.scripts.get(DETECT_SCRIPT_ID)).toBeUndefined());
  });

  it('follows rule changes made in the options page', async () => {
    registerAutoMode();
    permissions.granted.add('http://*.lemonde.fr/*');
    await setSiteRule('lemonde.fr', 'never');
    await vi.waitFor(() => expect(permissions.scripts.get(DETECT_SCRIPT_ID)).toBeUndefined());
    await setSiteRule('lemonde.fr', 'always');
    await vi.waitFor(() =>
      expect(permissions.scripts.get(DETECT_SCRIPT_ID)?.matches).toHaveLength(2),
    );
  });
});
