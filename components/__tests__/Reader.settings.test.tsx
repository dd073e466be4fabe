import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FONT_STACKS } from '../../utils/reader/typography';
import { mountReader } from './reader-harness';
import { cleanup, click, input, press } from './render';

afterEach(cleanup);

describe('Reader settings', () => {
  it('applies the settings as CSS variables and data attributes on the root', () => {
    const view = mountReader({
      settings: { font: 'dyslexic', fontSize: 24, lineHeight: 1.8, width: 56, theme: 'sepia' },
    });
    const root = view.get('reader-root');
    expect(root.style.getPropertyValue('--reader-font')).toBe(FONT_STACKS.dyslexic);
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('24px');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.8');
    expect(root.style.getPropertyValue('--reader-width')).toBe('56ch');
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('dyslexic');
  });

  it('follows new settings (from this panel or another page)', () => {
    const view = mountReader();
    view.update({ settings: { ...view.props.settings, theme: 'dark', fontSize: 30 } });
    expect(view.get('reader-root').dataset.theme).toBe('dark');
    expect(view.get('reader-root').style.getPropertyValue('--reader-font-size')).toBe('30px');
  });

  it('the text panel reports each change, and marks the current choices', () => {
    const view = mountReader();
    const toggle = view.get('toggle-typography');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(view.get('font-serif').getAttribute('aria-pressed')).toBe('true');
    expect(view.get('theme-system').getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(view.get('font-serif'));

    click(view.get('font-dyslexic'));
    click(view.get('theme-dark'));
    input(view.get<HTMLInputElement>('reader-font-size'), '23');
    input(view.get<HTMLInputElement>('reader-line-height'), '1.9000000001');
    input(view.get<HTMLInputElement>('reader-width'), '60');
    expect(view.onSettingsChange.mock.calls.map(([change]) => change)).toEqual([
      { font: 'dyslexic' },
      { theme: 'dark' },
      { fontSize: 23 },
      { lineHeight: 1.9 },
      { width: 60 },
    ]);
  });

  it('labels the sliders and announces their values', () => {
    const view = mountReader({ settings: { fontSize: 20, width: 68 } });
    click(view.get('toggle-typography'));
    const size = view.get<HTMLInputElement>('reader-font-size');
    expect(view.container.querySelector(`label[for="${size.id}"]`)?.textContent).toBe('Text size');
    expect(size.getAttribute('aria-valuetext')).toBe('20 px');
    expect(view.get('reader-width').getAttribute('aria-valuetext')).toBe('68 characters');
  });

  it('resets text and theme to the defaults', () => {
    const view = mountReader({ settings: { theme: 'dark', fontSize: 30 } });
    click(view.get('toggle-typography'));
    click(view.get('typography-reset'));
    expect(view.onSettingsChange).toHaveBeenLastCalledWith({
      font: 'serif',
      fontSize: 20,
      lineHeight: 1.6,
      width: 68,
      theme: 'system',
    });
  });

  it('closes on Esc (focus back on its button) and on a click outside', () => {
    const view = mountReader();
    click(view.get('toggle-typography'));
    press('Escape', view.get('font-serif'));
    expect(view.query('typography-panel')).toBeNull();
    expect(document.activeElement).toBe(view.get('toggle-typography'));
    expect(view.onClose).not.toHaveBeenCalled();

    click(view.get('toggle-typography'));
    act(() => {
      view.get('article-body').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(view.query('typography-panel')).toBeNull();
  });
});
