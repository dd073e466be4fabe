import { FONT_CHOICES, LIMITS, THEME_CHOICES, type Settings } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { RangeControl } from '../../components/RangeControl';

export interface ReadingSettingsProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const SLIDERS: readonly {
  key: 'fontSize' | 'lineHeight' | 'width';
  label: () => string;
  format: (value: number) => string;
}[] = [
  {
    key: 'fontSize',
    label: () => t('optionsFontSize'),
    format: (value) => t('optionsFontSizeValue', String(value)),
  },
  { key: 'lineHeight', label: () => t('optionsLineHeight'), format: (value) => value.toFixed(1) },
  {
    key: 'width',
    label: () => t('optionsWidth'),
    format: (value) => t('optionsWidthValue', String(value)),
  },
];

/** The reader's typography and theme, and whether the side panel opens with it. */
export function ReadingSettings({ settings, onChange }: ReadingSettingsProps) {
  return (
    <section class="card" aria-labelledby="reading-title" data-testid="reading-settings">
      <h2 id="reading-title">{t('optionsReadingTitle')}</h2>
      <ChoiceGroup
        name="font"
        legend={t('optionsFont')}
        value={settings.font}
        choices={FONT_CHOICES.map((font) => ({ value: font, label: t(`optionsFont_${font}`) }))}
        onChange={(font) => onChange({ font })}
      />
      {SLIDERS.map(({ key, label, format }) => (
        <RangeControl
          key={key}
          id={key}
          label={label()}
          value={settings[key]}
          limits={LIMITS[key]}
          format={format}
          onChange={(value) => onChange({ [key]: value })}
        />
      ))}
      <ChoiceGroup
        name="theme"
        legend={t('optionsTheme')}
        value={settings.theme}
        choices={THEME_CHOICES.map((theme) => ({
          value: theme,
          label: t(`optionsTheme_${theme}`),
        }))}
        onChange={(theme) => onChange({ theme })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={settings.openPanelWithReader}
          data-testid="open-panel"
          onChange={(event) => onChange({ openPanelWithReader: event.currentTarget.checked })}
        />
        {t('optionsOpenPanel')}
      </label>
    </section>
  );
}
