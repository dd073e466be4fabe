import { browser } from 'wxt/browser';

/** The language of Lector's own UI strings (the browser's), for `lang` on UI text and Intl names. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "English", "Español" …: a language tag's name in the UI language, or the tag itself. */
export function languageName(tag: string, inLanguage = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
