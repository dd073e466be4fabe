import { describe, expect, it, vi } from 'vitest';
import { createMessageListener } from './dispatch';
import { senderOrigin, type SenderInfo } from './guard';

const self = { id: 'lector-id', baseUrl: 'chrome-extension://lector-id/' };
const fromReader: SenderInfo = {
  id: 'lector-id',
  url: 'chrome-extension://lector-id/reader.html',
  tab: { id: 7 },
  frameId: 3,
};
const fromContentScript: SenderInfo = {
  id: 'lector-id',
  url: 'https://news.test/a',
  tab: { id: 7 },
  frameId: 0,
};
const fromOtherExtension: SenderInfo = {
  id: 'other-id',
  url: 'chrome-extension://other-id/x.html',
};
const fromBackground: SenderInfo = { id: 'lector-id' };

describe('senderOrigin', () => {
  it.each([
    [fromReader, 'extension-page'],
    [fromContentScript, 'content-script'],
    [fromBackground, 'background'],
    [fromOtherExtension, null],
    [{ ...fromContentScript, id: undefined }, null],
    [{ id: 'lector-id', url: 'https://news.test/', tab: undefined }, null],
  ])('%j → %s', (sender, expected) => {
    expect(senderOrigin(sender, self)).toBe(expected);
  });
});

describe('createMessageListener', () => {
  const setup = () => {
    const handlers = {
      'panel-bg-get-snapshot': vi.fn(() => ({
        ok: false as const,
        error: 'no-access' as const,
        message: 'x',
      })),
      'cs-bg-detected': vi.fn(() => ({ ok: true as const, opened: false })),
    };
    const refused = vi.fn();
    return { handlers, refused, listen: createMessageListener(handlers, self, refused) };
  };

  it('passes a well-formed message from the right sender to its handler', async () => {
    const { handlers, listen } = setup();
    await expect(
      listen({ type: 'panel-bg-get-snapshot', tabId: 4 }, fromReader),
    ).resolves.toMatchObject({
      ok: false,
      error: 'no-access',
    });
    expect(handlers['panel-bg-get-snapshot']).toHaveBeenCalledOnce();
  });

  it('ignores message types it does not handle, so other listeners may answer', () => {
    const { listen } = setup();
    expect(listen({ type: 'reader-bg-close' }, fromReader)).toBeUndefined();
    expect(listen('hello', fromReader)).toBeUndefined();
    expect(listen(null, fromReader)).toBeUndefined();
  });

  it.each([
    [
      'a content script asking for a privileged action',
      { type: 'panel-bg-get-snapshot', tabId: 4 },
      fromContentScript,
    ],
    ['another extension', { type: 'panel-bg-get-snapshot', tabId: 4 }, fromOtherExtension],
    [
      'an extension page posing as a content script',
      { type: 'cs-bg-detected', url: 'x', detection: { isArticle: true, reasons: [] } },
      fromReader,
    ],
  ])('refuses %s', async (_label, message, sender) => {
    const { handlers, listen, refused } = setup();
    await expect(listen(message, sender)).resolves.toMatchObject({ ok: false });
    expect(handlers['panel-bg-get-snapshot']).not.toHaveBeenCalled();
    expect(handlers['cs-bg-detected']).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });

  it.each([
    ['a missing field', { type: 'panel-bg-get-snapshot' }],
    ['a wrong type', { type: 'panel-bg-get-snapshot', tabId: '4' }],
    ['a negative tab id', { type: 'panel-bg-get-snapshot', tabId: -1 }],
    ['an extra field', { type: 'panel-bg-get-snapshot', tabId: 4, url: 'x' }],
    [
      'an oversized string',
      {
        type: 'cs-bg-detected',
        url: 'x'.repeat(100_000),
        detection: { isArticle: true, reasons: [] },
      },
    ],
    [
      'too many reasons',
      {
        type: 'cs-bg-detected',
        url: 'x',
        detection: { isArticle: true, reasons: Array(1000).fill({ code: 'url-home' }) },
      },
    ],
    [
      'a prototype-polluting body',
      JSON.parse('{"type":"panel-bg-get-snapshot","tabId":4,"__proto__":{"x":1}}'),
    ],
  ])('refuses a malformed message: %s', async (_label, message) => {
    const { handlers, listen } = setup();
    const sender = message.type === 'cs-bg-detected' ? fromContentScript : fromReader;
    await expect(listen(message, sender)).resolves.toMatchObject({ ok: false });
    expect(handlers['panel-bg-get-snapshot']).not.toHaveBeenCalled();
    expect(handlers['cs-bg-detected']).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a failure answer, never an unhandled rejection', async () => {
    const listen = createMessageListener(
      {
        'panel-bg-get-snapshot': () => {
          throw new Error('boom');
        },
      },
      self,
    );
    await expect(listen({ type: 'panel-bg-get-snapshot', tabId: 1 }, fromReader)).resolves.toEqual({
      ok: false,
      error: 'failed',
      message: 'boom',
    });
  });
});
