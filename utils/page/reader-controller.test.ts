import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderInfo } from '../messaging/guard';
import { readerController, type ReaderController } from './reader-controller';
import { OVERLAY_TAG } from './snapshot';

/**
 * The controller's two ways in: a person's toggle, and auto mode's unseen open, which the reader
 * page later confirms (shown) or refuses (removed unseen) through `bg-cs-confirm-auto`.
 */
type Listener = (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined;

let controller: ReaderController;
let listen: Listener;
const sent: unknown[] = [];
const BACKGROUND: SenderInfo = { id: fakeBrowser.runtime.id };

const host = () => document.querySelector<HTMLElement>(OVERLAY_TAG);
const unseen = () => host()?.getAttribute('style')?.includes('visibility:hidden') ?? false;
const confirmAuto = (show: boolean) => listen({ type: 'bg-cs-confirm-auto', show }, BACKGROUND);
const pressEscape = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeAll(() => {
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  controller = readerController();
  listen = added.mock.calls.at(-1)![0] as Listener;
  added.mockRestore();
});

beforeEach(() => {
  if (host()) controller.toggle(); // a reader left open by the previous test: close it
  if (host()) controller.toggle();
  sent.length = 0;
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  }) as never;
});

describe('auto mode’s unseen reader', () => {
  it('opens invisible, with the reader page told it was opened by auto mode', () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    expect(controller.openUnseen()).toBe('opened');
    expect(host()).not.toBeNull();
    expect(unseen()).toBe(true);
    expect(getURL).toHaveBeenLastCalledWith('/reader.html?auto');
    getURL.mockRestore();
  });

  it('never opens a second reader, nor closes the one there', () => {
    controller.toggle();
    expect(controller.openUnseen()).toBe('open');
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
    expect(unseen()).toBe(false);
  });

  it('is shown when the core confirms an article', async () => {
    controller.openUnseen();
    expect(await confirmAuto(true)).toEqual({ ok: true });
    expect(unseen()).toBe(false);
  });

  it('is removed unseen when the core refuses, without reporting a close by the person', async () => {
    controller.openUnseen();
    expect(await confirmAuto(false)).toEqual({ ok: true });
    expect(host()).toBeNull();
    expect(sent).toEqual([]);
  });

  it('leaves Esc to the page while unseen', () => {
    controller.openUnseen();
    pressEscape();
    expect(host()).not.toBeNull();
  });

  it('a click while unseen shows it, and a later refusal leaves it shown', async () => {
    controller.openUnseen();
    expect(controller.toggle()).toBe('opened');
    expect(unseen()).toBe(false);
    expect(await confirmAuto(false)).toMatchObject({ ok: false });
    expect(host()).not.toBeNull();
    expect(controller.toggle()).toBe('closed');
    expect(host()).toBeNull();
  });
});

describe('a reader opened by a person', () => {
  it('is shown at once and confirms nothing', async () => {
    expect(controller.toggle()).toBe('opened');
    expect(unseen()).toBe(false);
    expect(await confirmAuto(true)).toMatchObject({ ok: false });
  });

  it('closes on Esc in the page and tells the background', () => {
    controller.toggle();
    pressEscape();
    expect(host()).toBeNull();
    expect(sent).toEqual([{ type: 'cs-bg-reader-closed' }]);
  });
});
