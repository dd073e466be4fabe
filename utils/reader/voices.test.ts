import { describe, expect, it } from 'vitest';
import { orderVoices, pickVoice, type VoiceLike } from './voices';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  default: false,
  localService: true,
  ...extra,
});

const VOICES = [
  voice('Zed', 'en-GB'),
  voice('Anna', 'de-DE'),
  voice('Remote US', 'en-US', { localService: false }),
  voice('Local US', 'en_US'),
  voice('Amélie', 'fr-CA'),
  voice('Default GB', 'en-GB', { default: true }),
];

describe('orderVoices', () => {
  it('puts the exact language variant first, then other variants; the rest by language', () => {
    const { forLanguage, other } = orderVoices(VOICES, 'en-US');
    expect(forLanguage.map((v) => v.name)).toEqual(['Local US', 'Remote US', 'Default GB', 'Zed']);
    expect(other.map((v) => v.name)).toEqual(['Anna', 'Amélie']);
  });

  it('matches a bare language tag to every variant', () => {
    expect(orderVoices(VOICES, 'fr').forLanguage.map((v) => v.name)).toEqual(['Amélie']);
  });

  it('puts everything in "other" when the language is unknown', () => {
    const { forLanguage, other } = orderVoices(VOICES, null);
    expect(forLanguage).toEqual([]);
    expect(other).toHaveLength(VOICES.length);
  });
});

describe('pickVoice', () => {
  it('keeps the saved voice when it speaks the article language', () => {
    expect(pickVoice(VOICES, 'en', 'uri:Zed')?.name).toBe('Zed');
  });

  it('does not read an article with a voice for another language', () => {
    expect(pickVoice(VOICES, 'en-US', 'uri:Anna')?.name).toBe('Local US');
  });

  it('uses the saved voice when the article language is unknown', () => {
    expect(pickVoice(VOICES, null, 'uri:Anna')?.name).toBe('Anna');
  });

  it('returns null when no voice speaks the language (the browser then picks by lang)', () => {
    expect(pickVoice(VOICES, 'ja', '')).toBeNull();
    expect(pickVoice([], 'en', 'uri:Zed')).toBeNull();
  });
});
