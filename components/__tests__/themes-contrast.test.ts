import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA in every theme, read from the stylesheet itself: the light and dark halves of each
 * light-dark() pair, and the sepia overrides.
 */
const css = readFileSync(join(import.meta.dirname, '..', 'themes.css'), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

function variables(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/--([\w-]+):\s*([^;]+);/g)) found[match[1]!] = match[2]!.trim();
  return found;
}

const base = variables(block('.reader'));
const half = (index: 0 | 1) =>
  Object.fromEntries(
    Object.entries(base).map(([name, value]) => {
      const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(value);
      return [name, pair ? pair[index + 1]!.trim() : value];
    }),
  );
const THEMES: Record<string, Record<string, string>> = {
  light: half(0),
  dark: half(1),
  sepia: { ...half(0), ...variables(block(".reader[data-theme='sepia']")) },
};

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [text, background, minimum ratio] */
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['link', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['link', 'surface', 4.5],
  ['fg', 'hover', 4.5],
  ['fg', 'selected', 4.5],
  ['muted', 'hover', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['fg', 'speak-bg', 4.5],
  ['fg', 'restored-bg', 4.5],
  ['link', 'restored-bg', 4.5],
  ['fg', 'code-bg', 4.5],
  ['link', 'speak-bg', 4.5],
  // Non-text: the focus ring and control borders against the page (WCAG 1.4.11).
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
];

describe.each(Object.keys(THEMES))('the %s theme', (theme) => {
  it.each(PAIRS)('%s on %s passes %s:1', (text, background, minimum) => {
    const colours = THEMES[theme]!;
    expect(contrast(colours[text]!, colours[background]!)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the contrast checker', () => {
  it('fires on a failing pair (negative control)', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });
});
