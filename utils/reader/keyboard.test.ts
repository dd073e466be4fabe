import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyAction, scrollDistance, type KeyInput } from './keyboard';

function press(
  key: string,
  target: EventTarget | null = document.body,
  extra: Partial<KeyInput> = {},
) {
  return keyAction({
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target,
    ...extra,
  });
}

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

describe('keyAction', () => {
  it.each([
    ['j', 'line-down'],
    ['ArrowDown', 'line-down'],
    ['k', 'line-up'],
    ['ArrowUp', 'line-up'],
    [' ', 'page-down'],
    ['PageDown', 'page-down'],
    ['PageUp', 'page-up'],
    ['Escape', 'escape'],
  ])('%s → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('Shift+Space pages up', () => {
    expect(press(' ', document.body, { shiftKey: true })).toBe('page-up');
  });

  it('ignores other keys and modified keys', () => {
    expect(press('x')).toBeNull();
    expect(press('J', document.body, { shiftKey: true })).toBeNull();
    expect(press('j', document.body, { ctrlKey: true })).toBeNull();
    expect(press('ArrowDown', document.body, { altKey: true })).toBeNull();
    expect(press('j', document.body, { isComposing: true })).toBeNull();
  });

  it('ignores every key, Esc included, while typing in a field', () => {
    for (const html of ['<input>', '<input type="search">', '<textarea></textarea>']) {
      const field = element(html);
      expect(isTypingTarget(field)).toBe(true);
      expect(press('j', field)).toBeNull();
      expect(press(' ', field)).toBeNull();
      expect(press('Escape', field)).toBeNull();
    }
  });

  it('leaves arrows and Space to controls that use them, but Esc still works there', () => {
    for (const html of [
      '<input type="range">',
      '<select><option>a</option></select>',
      '<button>b</button>',
    ]) {
      const control = element(html);
      expect(isTypingTarget(control)).toBe(false);
      expect(press('ArrowDown', control)).toBeNull();
      expect(press(' ', control)).toBeNull();
      expect(press('Escape', control)).toBe('escape');
    }
  });

  it('scrolls from a link or the article text', () => {
    expect(press('j', element('<a href="https://example.com">x</a>'))).toBe('line-down');
    expect(press('j', element('<p>text</p>'))).toBe('line-down');
  });
});

describe('scrollDistance', () => {
  it('moves three lines, or a screen less two lines of overlap', () => {
    expect(scrollDistance('line-down', 30, 900)).toBe(90);
    expect(scrollDistance('line-up', 30, 900)).toBe(-90);
    expect(scrollDistance('page-down', 30, 900)).toBe(840);
    expect(scrollDistance('page-up', 30, 900)).toBe(-840);
    expect(scrollDistance('escape', 30, 900)).toBe(0);
  });

  it('never pages by less than a line on a tiny view', () => {
    expect(scrollDistance('page-down', 30, 40)).toBe(30);
  });
});
