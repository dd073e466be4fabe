/**
 * The browser's voices, ordered for an article: voices for its language first (the exact regional
 * variant before the others, the browser's default and on-device voices before remote ones), then
 * every other voice by language and name.
 */

/** The parts of `SpeechSynthesisVoice` Lector uses. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => normalizeTag(tag).split('-')[0] ?? '';

export function voiceMatchesLanguage(voice: VoiceLike, lang: string | null): boolean {
  return lang !== null && lang !== '' && primary(voice.lang) === primary(lang);
}

export interface OrderedVoices<V extends VoiceLike> {
  forLanguage: V[];
  other: V[];
}

export function orderVoices<V extends VoiceLike>(
  voices: readonly V[],
  lang: string | null,
): OrderedVoices<V> {
  const wanted = lang ? normalizeTag(lang) : '';
  const score = (voice: V) =>
    (normalizeTag(voice.lang) === wanted ? 0 : 4) +
    (voice.default ? 0 : 2) +
    (voice.localService ? 0 : 1);
  const forLanguage = voices
    .filter((voice) => voiceMatchesLanguage(voice, lang))
    .sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name));
  const other = voices
    .filter((voice) => !voiceMatchesLanguage(voice, lang))
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name));
  return { forLanguage, other };
}

/**
 * The voice to speak an article with. The saved choice is one global setting, so it is used only
 * when it can speak this article's language (a French voice reading English is worse than the
 * default); otherwise the best voice for the language, or null to let the browser choose from
 * the utterance's `lang`.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string | null,
  savedVoiceURI: string,
): V | null {
  const saved = savedVoiceURI
    ? voices.find((voice) => voice.voiceURI === savedVoiceURI)
    : undefined;
  if (saved && (!lang || voiceMatchesLanguage(saved, lang))) return saved;
  return orderVoices(voices, lang).forLanguage[0] ?? null;
}
