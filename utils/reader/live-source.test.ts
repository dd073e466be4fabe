import { describe, expect, it, vi } from 'vitest';
import type { MessageType, Request } from '../messaging/protocol';
import { createLiveSource, type ReadPage } from './live-source';
import { fixtureResult } from './testing/fixture-result';

const SNAPSHOT = {
  url: 'https://news.example.com/a',
  html: '<html><body><p>Hello<img src=x onerror="window.__ran=1"></p></body></html>',
  scrollY: 0,
  capturedAt: 1,
};

function fakeSend(snapshotAnswer: unknown = { ok: true, snapshot: SNAPSHOT, tabId: 7 }) {
  const sent: Request<MessageType>[] = [];
  const send = vi.fn(async (type: MessageType, payload: object) => {
    sent.push({ type, ...payload } as Request<MessageType>);
    return type === 'reader-bg-get-snapshot' ? snapshotAnswer : { ok: true };
  });
  return { send: send as never, sent };
}

describe('createLiveSource', () => {
  it('reads the snapshot as an inert document and reports the tab article', async () => {
    const { send, sent } = fakeSend();
    const readPage = vi.fn<ReadPage>((doc) => {
      expect(doc.querySelector('p')?.textContent).toBe('Hello');
      return fixtureResult({ related: [] });
    });
    const source = createLiveSource({ send, readPage, win: window, now: () => 42 });
    const load = await source.load({ force: false });
    expect(load).toEqual({ ok: true, result: fixtureResult({ related: [] }) });
    expect(readPage).toHaveBeenCalledWith(expect.anything(), SNAPSHOT.url, {
      window,
      force: false,
    });
    expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();
    expect(sent.map((m) => m.type)).toEqual(['reader-bg-get-snapshot', 'ui-bg-tab-article']);
    expect(sent[1]).toEqual({
      type: 'ui-bg-tab-article',
      tabId: 7,
      state: {
        url: fixtureResult().url,
        title: fixtureResult().title,
        isArticle: true,
        reasons: fixtureResult().reasons,
        related: [],
        updatedAt: 42,
      },
    });
  });

  it('reads the same snapshot again with force for "try anyway"', async () => {
    const { send, sent } = fakeSend();
    const readPage = vi.fn<ReadPage>(() => fixtureResult({ isArticle: false }));
    const source = createLiveSource({ send, readPage, win: window });
    await source.load({ force: false });
    await source.load({ force: true });
    expect(sent.filter((m) => m.type === 'reader-bg-get-snapshot')).toHaveLength(1);
    expect(readPage.mock.calls[1]![2]).toMatchObject({ force: true });
  });

  it('passes on the background failure message, and asks again next time', async () => {
    const { send, sent } = fakeSend({
      ok: false,
      error: 'no-access',
      message: 'Cannot reach the page.',
    });
    const source = createLiveSource({ send, readPage: vi.fn(), win: window });
    expect(await source.load({ force: false })).toEqual({
      ok: false,
      message: 'Cannot reach the page.',
    });
    await source.load({ force: false });
    expect(sent.filter((m) => m.type === 'reader-bg-get-snapshot')).toHaveLength(2);
  });

  it('turns an exception from the core into a failure', async () => {
    const { send } = fakeSend();
    const readPage = vi.fn<ReadPage>(() => {
      throw new Error('boom');
    });
    const source = createLiveSource({ send, readPage, win: window });
    expect(await source.load({ force: false })).toEqual({ ok: false, message: 'boom' });
  });

  it('prefetches the snapshot once, and load() reads that same answer', async () => {
    const { send, sent } = fakeSend();
    const source = createLiveSource({ send, readPage: vi.fn(() => ({}) as never), win: window });
    source.prefetch?.();
    expect(sent.filter((m) => m.type === 'reader-bg-get-snapshot')).toHaveLength(1);
    await source.load({ force: false });
    expect(sent.filter((m) => m.type === 'reader-bg-get-snapshot')).toHaveLength(1);
  });

  describe('opened unseen by auto mode', () => {
    const confirmations = (sent: Request<MessageType>[]) =>
      sent.filter((m) => m.type === 'reader-bg-confirm-auto');

    it('asks to be shown when the core reads an article, once', async () => {
      const { send, sent } = fakeSend();
      const readPage = vi.fn<ReadPage>(() => fixtureResult());
      const source = createLiveSource({ send, readPage, win: window, autoOpened: true });
      await source.load({ force: false });
      await source.load({ force: true });
      expect(confirmations(sent)).toEqual([{ type: 'reader-bg-confirm-auto', show: true }]);
    });

    it('asks to be removed unseen when the core finds no article', async () => {
      const { send, sent } = fakeSend();
      const readPage = vi.fn<ReadPage>(() => fixtureResult({ isArticle: false }));
      await createLiveSource({ send, readPage, win: window, autoOpened: true }).load({
        force: false,
      });
      expect(confirmations(sent)).toEqual([{ type: 'reader-bg-confirm-auto', show: false }]);
      // The side panel and the toolbar icon still learn the core's verdict.
      expect(sent.map((m) => m.type)).toContain('ui-bg-tab-article');
    });

    it('asks to be removed unseen when reading fails', async () => {
      const failing = fakeSend({ ok: false, error: 'too-large', message: 'Too large.' });
      await createLiveSource({
        send: failing.send,
        readPage: vi.fn(),
        win: window,
        autoOpened: true,
      }).load({ force: false });
      expect(confirmations(failing.sent)).toEqual([
        { type: 'reader-bg-confirm-auto', show: false },
      ]);

      const throwing = fakeSend();
      const readPage = vi.fn<ReadPage>(() => {
        throw new Error('boom');
      });
      await createLiveSource({ send: throwing.send, readPage, win: window, autoOpened: true }).load(
        { force: false },
      );
      expect(confirmations(throwing.sent)).toEqual([
        { type: 'reader-bg-confirm-auto', show: false },
      ]);
    });

    it('a reader opened by a person confirms nothing', async () => {
      const { send, sent } = fakeSend();
      const readPage = vi.fn<ReadPage>(() => fixtureResult({ isArticle: false }));
      await createLiveSource({ send, readPage, win: window }).load({ force: false });
      expect(confirmations(sent)).toEqual([]);
    });
  });

  it('closes through the background', async () => {
    const { send, sent } = fakeSend();
    await createLiveSource({ send, readPage: vi.fn(), win: window }).close();
    expect(sent).toEqual([{ type: 'reader-bg-close' }]);
  });

  it('turns to another page of the story through the background, and says whether it could', async () => {
    const { send, sent } = fakeSend();
    const source = createLiveSource({ send, readPage: vi.fn(), win: window });
    expect(await source.openPage?.('https://news.test/review/?page=2')).toBe(true);
    expect(sent).toEqual([
      { type: 'reader-bg-open-page', url: 'https://news.test/review/?page=2' },
    ]);
    const refused = vi.fn(async () => ({ ok: false, error: 'no-tab', message: 'No tab.' }));
    const alone = createLiveSource({ send: refused as never, readPage: vi.fn(), win: window });
    expect(await alone.openPage?.('https://news.test/review/?page=2')).toBe(false);
  });
});
