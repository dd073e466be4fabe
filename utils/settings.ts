import { storage } from 'wxt/utils/storage';

/**
 * Reader settings. The defaults object is the schema: its shape is the `Settings` type, and every
 * stored value is merged over it, so a setting added later gets its default for existing users.
 * A change of meaning (not a new field) bumps `SETTINGS_VERSION` and adds a migration below.
 */
export const DEFAULT_SETTINGS = {
  font: 'serif' as FontChoice,
  /** Body text size in CSS pixels. */
  fontSize: 20,
  lineHeight: 1.6,
  /** Column width in `ch`. */
  width: 68,
  theme: 'system' as ThemeChoice,
  /** Speech: rate 0.5–2, and a voice's `voiceURI` ('' = the browser's default for the page language). */
  ttsRate: 1,
  ttsVoice: '',
  /** Open the side panel with the reader when the browser allows it. */
  openPanelWithReader: true,
};

export type FontChoice = 'serif' | 'sans' | 'dyslexic';
export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark';
export type Settings = typeof DEFAULT_SETTINGS;

export const FONT_CHOICES: readonly FontChoice[] = ['serif', 'sans', 'dyslexic'];
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'sepia', 'dark'];
export const LIMITS = {
  fontSize: { min: 12, max: 36, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 40, max: 100, step: 4 },
  ttsRate: { min: 0.5, max: 2, step: 0.1 },
} as const;

export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
});

/** Stored values over the defaults, with anything out of range or of the wrong type dropped. */
export function normalizeSettings(stored: unknown): Settings {
  const result: Settings = { ...DEFAULT_SETTINGS };
  if (!stored || typeof stored !== 'object') return result;
  const input = stored as Record<string, unknown>;
  if (FONT_CHOICES.includes(input.font as FontChoice)) result.font = input.font as FontChoice;
  if (THEME_CHOICES.includes(input.theme as ThemeChoice)) result.theme = input.theme as ThemeChoice;
  for (const key of ['fontSize', 'lineHeight', 'width', 'ttsRate'] as const) {
    const value = input[key];
    const { min, max } = LIMITS[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      result[key] = value;
    }
  }
  if (typeof input.ttsVoice === 'string' && input.ttsVoice.length < 500)
    result.ttsVoice = input.ttsVoice;
  if (typeof input.openPanelWithReader === 'boolean') {
    result.openPanelWithReader = input.openPanelWithReader;
  }
  return result;
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.removeValue();
  return { ...DEFAULT_SETTINGS };
}

/** Subscribe to changes from any page of the extension. Returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
