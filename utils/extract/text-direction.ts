/**
 * Text direction from the text itself, for pages that do not say: right-to-left when most of the
 * letters are in a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam…).
 */

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
const ANY_LETTER = /\p{L}/gu;
/** Enough text to judge by; reading more changes nothing. */
const SAMPLE = 2000;

export function directionOfText(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters === 0) return 'ltr';
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** Language tags whose script is written right to left. */
export function isRtlLanguage(lang: string | null): boolean {
  return /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb|syr)(-|$)/i.test(lang ?? '');
}
