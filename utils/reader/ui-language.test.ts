import { describe, expect, it } from 'vitest';
import { languageName, uiLanguage } from './ui-language';

describe('ui-language', () => {
  it('reads the browser UI language', () => {
    expect(uiLanguage()).toBe('en');
  });

  it('names a language in the UI language, or gives the tag back', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('es', 'es')).toBe('español');
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});
