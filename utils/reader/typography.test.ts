import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_CHOICES } from '../settings';
import { FONT_STACKS, readerStyle } from './typography';

describe('readerStyle', () => {
  it('turns settings into CSS custom properties', () => {
    expect(
      readerStyle({ ...DEFAULT_SETTINGS, fontSize: 22, lineHeight: 1.7000000001, width: 60 }),
    ).toEqual({
      '--reader-font': FONT_STACKS.serif,
      '--reader-font-size': '22px',
      '--reader-line-height': '1.7',
      '--reader-width': '60ch',
    });
  });

  it.each(FONT_CHOICES)('%s is a stack of local fonts ending in a generic family', (font) => {
    const stack = FONT_STACKS[font];
    expect(stack).toMatch(/(serif|sans-serif)$/);
    expect(stack).not.toMatch(/url\(|https?:/);
  });

  it('offers dyslexia-friendly fonts first in the dyslexic stack', () => {
    expect(FONT_STACKS.dyslexic.split(',')[0]).toContain('OpenDyslexic');
    expect(FONT_STACKS.dyslexic).toContain('Atkinson Hyperlegible');
  });
});
