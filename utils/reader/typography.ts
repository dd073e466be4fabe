import type { FontChoice, Settings } from '../settings';

/**
 * Settings as CSS custom properties on the reader's root. Fonts are system fonts only (no remote
 * fonts: security.md rule 7); each stack lists fonts found on Windows, macOS, Linux and Android,
 * and ends in a generic family.
 */
export const FONT_STACKS: Record<FontChoice, string> = {
  serif:
    '"Iowan Old Style", "Charter", "Bitstream Charter", "Sitka Text", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Noto Serif", "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Ubuntu, Cantarell, Arial, sans-serif',
  // Fonts made for readers with dyslexia when installed, then wide, open, unambiguous shapes.
  dyslexic:
    '"OpenDyslexic", "Atkinson Hyperlegible", "Lexend", "Comic Sans MS", "Comic Neue", Verdana, "Trebuchet MS", "DejaVu Sans", sans-serif',
};

export type ReaderStyle = Record<
  '--reader-font' | '--reader-font-size' | '--reader-line-height' | '--reader-width',
  string
>;

export function readerStyle(settings: Settings): ReaderStyle {
  return {
    '--reader-font': FONT_STACKS[settings.font],
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-height': String(Math.round(settings.lineHeight * 100) / 100),
    '--reader-width': `${settings.width}ch`,
  };
}
