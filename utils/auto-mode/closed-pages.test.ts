import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearClosed, forgetClosed, pageKey, rememberClosed, wasClosed } from './closed-pages';

beforeEach(() => fakeBrowser.reset());

it('remembers a closed page per tab, ignoring the #fragment', async () => {
  await rememberClosed(1, 'https://example.com/story#top');
  expect(await wasClosed(1, 'https://example.com/story')).toBe(true);
  expect(await wasClosed(1, 'https://example.com/story#comments')).toBe(true);
  expect(await wasClosed(1, 'https://example.com/other')).toBe(false);
  expect(await wasClosed(2, 'https://example.com/story')).toBe(false);
});

it('forgets a page when the person opens the reader there again, and all with the tab', async () => {
  await rememberClosed(1, 'https://example.com/a');
  await rememberClosed(1, 'https://example.com/b');
  await forgetClosed(1, 'https://example.com/a');
  expect(await wasClosed(1, 'https://example.com/a')).toBe(false);
  expect(await wasClosed(1, 'https://example.com/b')).toBe(true);
  await clearClosed(1);
  expect(await wasClosed(1, 'https://example.com/b')).toBe(false);
});

it('keeps it in session storage, bounded', async () => {
  for (let i = 0; i < 60; i++) await rememberClosed(3, `https://example.com/${i}`);
  const stored = (await fakeBrowser.storage.session.get('auto-closed:3'))['auto-closed:3'];
  expect(stored).toHaveLength(50);
  expect(await wasClosed(3, 'https://example.com/59')).toBe(true);
  expect(await wasClosed(3, 'https://example.com/0')).toBe(false);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

it('keeps a malformed URL as it is', () => expect(pageKey('not a url')).toBe('not a url'));
