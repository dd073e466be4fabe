import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions } from '../../utils/auto-mode/testing/fake-permissions';
import { openLibraryDb } from '../../utils/library/db';
import type { SenderInfo } from '../../utils/messaging/guard';
import type { MessageType } from '../../utils/messaging/protocol';
import { OVERLAY_TAG } from '../../utils/page/snapshot';
import { readerController } from '../../utils/page/reader-controller';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { articleData } from '../../utils/reading-list/article-data';
import background from '../background';

/**
 * Every receiver's handler table, as it ships (the background's, with the reading list's and auto
 * mode's, from entrypoints/background.ts; the reader overlay's content script), sent malformed,
 * oversized and spoofed messages (security.md rule 5). Each is refused: an answer with
 * `ok: false` (or no answer: not this receiver's message), nothing stored, nothing opened, no
 * script injected, no message passed on, and no unhandled rejection.
 */

type Listener = (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined;

const ID = fakeBrowser.runtime.id;
const BASE = `chrome-extension://${ID}/`;

/** The sender shapes a browser reports, and the ones an attacker could make it report. */
const SENDERS = {
  readerFrame: { id: ID, url: `${BASE}reader.html`, tab: { id: 7 }, frameId: 3 },
  sidePanel: { id: ID, url: `${BASE}sidepanel.html` },
  background: { id: ID },
  contentScript: { id: ID, url: 'https://news.test/a', tab: { id: 7 }, frameId: 0 },
  contentScriptInSubframe: { id: ID, url: 'https://ads.test/f', tab: { id: 7 }, frameId: 5 },
  lookalikeExtensionUrl: { id: ID, url: `chrome-extension://${ID}.evil.test/reader.html` },
  otherExtension: { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
  otherExtensionContentScript: {
    id: 'other-extension',
    url: 'https://news.test/a',
    tab: { id: 7 },
    frameId: 0,
  },
  webPage: { url: 'https://evil.test/', tab: { id: 7 }, frameId: 0, origin: 'https://evil.test' },
  nobody: {},
} satisfies Record<string, SenderInfo>;
type SenderName = keyof typeof SENDERS;

/** Who may send each message (the protocol's `from`, restated here as the specification). */
const ALLOWED: Record<MessageType, SenderName[]> = {
  'reader-bg-get-snapshot': ['readerFrame', 'sidePanel'],
  'reader-bg-close': ['readerFrame', 'sidePanel'],
  'panel-bg-get-snapshot': ['readerFrame', 'sidePanel'],
  'ui-bg-tab-article': ['readerFrame', 'sidePanel'],
  'reader-bg-save': ['readerFrame', 'sidePanel'],
  'reader-bg-sync': ['readerFrame', 'sidePanel'],
  'reader-bg-confirm-auto': ['readerFrame', 'sidePanel'],
  'reader-bg-open-page': ['readerFrame', 'sidePanel'],
  // The handlers themselves refuse a sub-frame (see the tests below).
  'cs-bg-detected': ['contentScript', 'contentScriptInSubframe'],
  'cs-bg-reader-closed': ['contentScript', 'contentScriptInSubframe'],
  'bg-cs-get-snapshot': ['background', 'readerFrame', 'sidePanel'],
  'bg-cs-close': ['background', 'readerFrame', 'sidePanel'],
  'bg-cs-confirm-auto': ['background', 'readerFrame', 'sidePanel'],
};

const article = articleData(fixtureResult());
const detection = {
  isArticle: true,
  reasons: [
    { code: 'jsonld-article', value: 'NewsArticle' },
    { code: 'long-text', value: 7 },
  ],
};
const tabState = {
  url: 'https://news.test/a',
  title: 'A',
  isArticle: true,
  reasons: [{ code: 'url-home' }],
  related: [],
  updatedAt: 1,
};

/** A well-formed body of each type: what the spoofed senders send. */
const VALID: Record<MessageType, Record<string, unknown>> = {
  'reader-bg-get-snapshot': {},
  'reader-bg-close': {},
  'panel-bg-get-snapshot': { tabId: 7 },
  'ui-bg-tab-article': { tabId: 7, state: tabState },
  'reader-bg-save': { article },
  'reader-bg-sync': { url: article.url, article },
  'cs-bg-detected': { url: 'https://news.test/a', detection },
  'cs-bg-reader-closed': {},
  'bg-cs-get-snapshot': {},
  'bg-cs-close': {},
  'reader-bg-confirm-auto': { show: true },
  'bg-cs-confirm-auto': { show: true },
  'reader-bg-open-page': { url: 'https://news.test/a?page=2' },
};

const TYPES = Object.keys(VALID) as MessageType[];
const huge = (length: number) => 'x'.repeat(length);

/** Malformed and oversized bodies of each type (the right sender sends them). */
const MALFORMED: Record<MessageType, [string, Record<string, unknown>][]> = {
  'reader-bg-get-snapshot': [['an extra field', { tabId: 9 }]],
  'reader-bg-close': [['an extra field', { tabId: 9 }]],
  'bg-cs-get-snapshot': [['an extra field', { html: '<p>x</p>' }]],
  'bg-cs-close': [['an extra field', { force: true }]],
  'reader-bg-confirm-auto': [
    ['no verdict', {}],
    ['a string verdict', { show: 'yes' }],
    ['an extra field', { show: true, tabId: 9 }],
  ],
  'bg-cs-confirm-auto': [
    ['no verdict', {}],
    ['a number verdict', { show: 1 }],
    ['an extra field', { show: false, html: '<p>x</p>' }],
  ],
  'cs-bg-reader-closed': [['an extra field', { tabId: 1 }]],
  'reader-bg-open-page': [
    ['no address', {}],
    ['a script address', { url: 'javascript:alert(1)' }],
    ['an extension page', { url: 'chrome-extension://abc/reader.html' }],
    ['a file', { url: 'file:///etc/passwd' }],
    ['an oversized URL', { url: `https://news.test/${huge(8_193)}` }],
    ['an extra field', { url: 'https://news.test/a?page=2', tabId: 3 }],
  ],
  'panel-bg-get-snapshot': [
    ['no tab id', {}],
    ['a string tab id', { tabId: '7' }],
    ['a negative tab id', { tabId: -1 }],
    ['a fractional tab id', { tabId: 1.5 }],
    ['a huge tab id', { tabId: 2 ** 40 }],
    ['NaN', { tabId: Number.NaN }],
    ['an object tab id', { tabId: { valueOf: () => 7 } }],
  ],
  'ui-bg-tab-article': [
    ['no state', { tabId: 7 }],
    ['markup for a title', { tabId: 7, state: { ...tabState, title: { html: '<b>x</b>' } } }],
    ['an oversized URL', { tabId: 7, state: { ...tabState, url: huge(8_193) } }],
    [
      'too many reasons',
      { tabId: 7, state: { ...tabState, reasons: Array(51).fill({ code: 'url-home' }) } },
    ],
    ['a reason in words', { tabId: 7, state: { ...tabState, reasons: ['URL is a home page'] } }],
    [
      'too many related articles',
      {
        tabId: 7,
        state: {
          ...tabState,
          related: Array(501).fill({
            title: 't',
            url: 'https://a.test/',
            source: null,
            timeText: null,
            date: null,
            summary: null,
            thumbnail: null,
          }),
        },
      },
    ],
  ],
  'reader-bg-save': [
    ['no article', {}],
    ['an article with a field missing', { article: { ...article, content: undefined } }],
    ['an article with an extra field', { article: { ...article, script: 'alert(1)' } }],
    ['a javascript: URL', { article: { ...article, url: 'javascript:alert(1)//https://a' } }],
    [
      'a javascript: canonical URL',
      { article: { ...article, canonicalUrl: 'javascript:alert(1)//https://a' } },
    ],
    ['a number for content', { article: { ...article, content: 42 } }],
    ['an oversized body', { article: { ...article, content: huge(32_000_001) } }],
    ['an oversized title', { article: { ...article, title: huge(20_001) } }],
    ['a negative word count', { article: { ...article, wordCount: -1 } }],
    ['an infinite reading time', { article: { ...article, readingMinutes: Infinity } }],
    ['a made-up direction', { article: { ...article, dir: 'auto' } }],
    ['an array for an article', { article: [article] }],
  ],
  'reader-bg-sync': [
    ['no URL', { article }],
    ['an oversized URL', { url: huge(8_193), article: null }],
    ['a malformed article', { url: article.url, article: { title: 'x' } }],
  ],
  'cs-bg-detected': [
    ['no detection', { url: 'https://news.test/a' }],
    ['a string verdict', { url: 'https://news.test/a', detection: { isArticle: 'yes' } }],
    ...(
      [
        ['too many reasons', Array(51).fill({ code: 'url-home' })],
        ['a reason in words', ['JSON-LD says NewsArticle']],
        ['an unknown reason code', [{ code: 'made-up' }]],
        ['an inherited reason code', [{ code: 'toString' }]],
        ['an oversized reason value', [{ code: 'og-other', value: huge(1_001) }]],
        ['a non-finite reason value', [{ code: 'feed', value: Number.NaN }]],
        ['an object reason value', [{ code: 'feed', value: { valueOf: () => 3 } }]],
        ['a reason with an extra field', [{ code: 'url-home', html: '<b>x</b>' }]],
      ] as const
    ).map(([label, reasons]): [string, Record<string, unknown>] => [
      label,
      { url: 'https://news.test/a', detection: { isArticle: true, reasons } },
    ]),
    [
      'a detection with an extra field',
      { url: 'https://news.test/a', detection: { ...detection, html: '<b>x</b>' } },
    ],
    ['an oversized URL', { url: huge(8_193), detection }],
  ],
};

/** Bodies no receiver may act on, whatever their type claims. */
const NOT_MESSAGES: [string, unknown][] = [
  ['null', null],
  ['a string', 'reader-bg-save'],
  ['an array', [{ type: 'reader-bg-save', article }]],
  ['a type in another case', { type: 'READER-BG-SAVE', article }],
  ['a type with spaces', { type: ' reader-bg-save', article }],
  ['an unknown type', { type: 'bg-cs-eval', code: 'alert(1)' }],
  ['a number for a type', { type: 1 }],
  ['a prototype-polluting body', JSON.parse('{"type":"reader-bg-save","__proto__":{"ok":true}}')],
];

let backgroundListener: Listener;
let controllerListener: Listener;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
const spies = {
  executeScript: vi.fn(async () => [{ result: { url: 'x', html: '<p>secret</p>' } }]),
  tabsSendMessage: vi.fn(async () => ({ ok: true })),
  tabsCreate: vi.fn(),
  windowsCreate: vi.fn(),
  setIcon: vi.fn(async () => {}),
  sidePanelOpen: vi.fn(async () => {}),
};

/** Install fakes for what fakeBrowser leaves out, and capture each receiver's listener. */
function captureListener(register: () => void): Listener {
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  register();
  const listener = added.mock.calls.at(-1)?.[0] as Listener | undefined;
  added.mockRestore();
  if (!listener) throw new Error('no runtime.onMessage listener was added');
  return listener;
}

const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });

beforeAll(() => {
  fakeBrowser.reset();
  installFakePermissions();
  Object.assign(fakeBrowser.scripting, { executeScript: spies.executeScript });
  Object.assign(fakeBrowser, {
    commands: { onCommand: event() },
    contextMenus: { create: vi.fn(), onClicked: event() },
    sidePanel: { open: spies.sidePanelOpen },
  });
  Object.assign(fakeBrowser.tabs, { sendMessage: spies.tabsSendMessage, create: spies.tabsCreate });
  Object.assign(fakeBrowser.windows, { create: spies.windowsCreate });
  Object.assign(fakeBrowser.action, { setIcon: spies.setIcon });
  backgroundListener = captureListener(() => background.main());
  controllerListener = captureListener(() => readerController().toggle());
  process.on('unhandledRejection', onRejection);
});

afterAll(() => {
  process.off('unhandledRejection', onRejection);
  document.querySelector(OVERLAY_TAG)?.remove();
});

/** Both receivers' answers to one message: undefined (not theirs) or a settled value. */
async function send(message: unknown, sender: SenderInfo): Promise<unknown[]> {
  const answers = [backgroundListener, controllerListener].map((listen) => listen(message, sender));
  return Promise.all(answers);
}

async function storedState() {
  const db = openLibraryDb();
  const articles = await db.articles.count();
  db.close();
  return {
    articles,
    local: await fakeBrowser.storage.local.get(),
    session: await fakeBrowser.storage.session.get(),
  };
}

const spoofed = TYPES.flatMap((type) =>
  (Object.keys(SENDERS) as SenderName[])
    .filter((name) => !ALLOWED[type].includes(name))
    .map((name) => [type, name] as const),
);

describe('every handler table refuses what it must not act on', () => {
  let before: Awaited<ReturnType<typeof storedState>>;
  beforeAll(async () => {
    before = await storedState();
  });

  it.each(spoofed)('%s from a spoofed sender (%s): refused', async (type, name) => {
    const answers = await send({ type, ...VALID[type] }, SENDERS[name]);
    const answered = answers.filter((answer) => answer !== undefined);
    expect(answered.length).toBeGreaterThan(0);
    for (const answer of answered) expect(answer).toMatchObject({ ok: false });
  });

  const malformed = TYPES.flatMap((type) =>
    MALFORMED[type].map(([label, body]) => [type, label, body] as const),
  );
  it.each(malformed)('%s with %s: refused', async (type, _label, body) => {
    const sender = SENDERS[ALLOWED[type][0]!];
    const answers = await send({ ...body, type }, sender);
    const answered = answers.filter((answer) => answer !== undefined);
    expect(answered.length).toBeGreaterThan(0);
    for (const answer of answered) expect(answer).toMatchObject({ ok: false });
  });

  it.each(NOT_MESSAGES)('%s: no receiver acts on it', async (_label, message) => {
    for (const name of ['readerFrame', 'contentScript', 'background'] as const) {
      const answers = await send(message, SENDERS[name]);
      for (const answer of answers)
        if (answer !== undefined) expect(answer).toMatchObject({ ok: false });
    }
  });

  it('a content script in a sub-frame cannot close the reader for its tab', async () => {
    const answers = await send({ type: 'cs-bg-reader-closed' }, SENDERS.contentScriptInSubframe);
    expect(answers[0]).toMatchObject({ ok: false });
  });

  it('a page cannot make auto mode act for another origin, or from a sub-frame', async () => {
    const detected = { type: 'cs-bg-detected', detection: { isArticle: true, reasons: [] } };
    for (const [url, sender] of [
      ['https://bank.test/', SENDERS.contentScript],
      ['https://ads.test/f', SENDERS.contentScriptInSubframe],
    ] as const) {
      const [answer] = await send({ ...detected, url }, sender);
      expect(answer).toEqual({ ok: true, opened: false });
    }
  });

  it('after all of it: nothing stored, opened, injected or passed on; no unhandled rejection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedState()).toEqual(before);
    for (const [name, spy] of Object.entries(spies)) expect(spy, name).not.toHaveBeenCalled();
    expect(document.querySelector(OVERLAY_TAG), 'the overlay is still open').not.toBeNull();
    expect(rejections).toEqual([]);
  });
});

describe('the tables do act for the right sender (the refusals above are not a dead receiver)', () => {
  it('the background answers the reader frame, the controller answers the background', async () => {
    const [bg] = await send(
      { type: 'reader-bg-sync', url: article.url, article: null },
      SENDERS.readerFrame,
    );
    expect(bg).toMatchObject({ ok: true, tabId: 7 });
    const [, controller] = await send({ type: 'bg-cs-get-snapshot' }, SENDERS.background);
    expect(controller).toMatchObject({ ok: true, snapshot: { url: expect.any(String) } });
  });
});
