import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';
import { FONT_STACKS } from '../utils/reader/typography';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  type FontChoice,
  type Settings,
  type ThemeChoice,
} from '../utils/settings';
import { PANEL_IDS } from './ReaderToolbar';
import { RangeControl } from './RangeControl';

interface TypographyPanelProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const FONTS: { value: FontChoice; label: () => string; hint?: () => string }[] = [
  { value: 'serif', label: () => t('readerFontSerif') },
  { value: 'sans', label: () => t('readerFontSans') },
  {
    value: 'dyslexic',
    label: () => t('readerFontDyslexic'),
    hint: () => t('readerFontDyslexicHint'),
  },
];

const THEMES: { value: ThemeChoice; label: () => string; hint?: () => string }[] = [
  { value: 'system', label: () => t('readerThemeSystem'), hint: () => t('readerThemeSystemHint') },
  { value: 'light', label: () => t('readerThemeLight') },
  { value: 'sepia', label: () => t('readerThemeSepia') },
  { value: 'dark', label: () => t('readerThemeDark') },
];

const TYPOGRAPHY_DEFAULTS: Partial<Settings> = {
  font: DEFAULT_SETTINGS.font,
  fontSize: DEFAULT_SETTINGS.fontSize,
  lineHeight: DEFAULT_SETTINGS.lineHeight,
  width: DEFAULT_SETTINGS.width,
  theme: DEFAULT_SETTINGS.theme,
};

/**
 * Font, size, line spacing, width and theme; appears under the toolbar's "Aa" button. Changes
 * apply at once and are remembered (the caller saves them). Focus moves into it on open.
 */
export function TypographyPanel({ settings, onChange }: TypographyPanelProps) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button[aria-pressed="true"]')?.focus();
  }, []);

  return (
    <section
      id={PANEL_IDS.typography}
      ref={panel}
      class="popover typography-panel"
      aria-label={t('readerTypography')}
      data-testid="typography-panel"
    >
      <fieldset class="choice-group">
        <legend>{t('readerFontHeading')}</legend>
        <div class="segmented">
          {FONTS.map((font) => (
            <button
              key={font.value}
              type="button"
              class="segment font-sample"
              style={{ fontFamily: FONT_STACKS[font.value] }}
              aria-pressed={settings.font === font.value}
              title={font.hint?.()}
              onClick={() => onChange({ font: font.value })}
              data-testid={`font-${font.value}`}
            >
              {font.label()}
            </button>
          ))}
        </div>
      </fieldset>

      <RangeControl
        id="reader-font-size"
        label={t('readerFontSize')}
        value={settings.fontSize}
        limits={LIMITS.fontSize}
        format={(value) => t('readerFontSizeValue', String(value))}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <RangeControl
        id="reader-line-height"
        label={t('readerLineHeight')}
        value={settings.lineHeight}
        limits={LIMITS.lineHeight}
        format={(value) => value.toFixed(1)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <RangeControl
        id="reader-width"
        label={t('readerWidth')}
        value={settings.width}
        limits={LIMITS.width}
        format={(value) => t('readerWidthValue', String(value))}
        onChange={(width) => onChange({ width })}
      />

      <fieldset class="choice-group">
        <legend>{t('readerThemeHeading')}</legend>
        <div class="segmented themes">
          {THEMES.map((theme) => (
            <button
              key={theme.value}
              type="button"
              class={`segment theme-swatch theme-${theme.value}`}
              aria-pressed={settings.theme === theme.value}
              title={theme.hint?.()}
              onClick={() => onChange({ theme: theme.value })}
              data-testid={`theme-${theme.value}`}
            >
              <span class="swatch" aria-hidden="true" />
              {theme.label()}
            </button>
          ))}
        </div>
      </fieldset>

      <button
        type="button"
        class="text-button"
        onClick={() => onChange(TYPOGRAPHY_DEFAULTS)}
        data-testid="typography-reset"
      >
        {t('readerResetTypography')}
      </button>
    </section>
  );
}
