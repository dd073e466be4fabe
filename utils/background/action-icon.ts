import { browser } from 'wxt/browser';
import { t } from '../i18n';

/**
 * The toolbar icon is muted by default and turns to colour on a tab whose page Lector has read
 * and judged an article (only where Lector has access: after a click, or on an auto-mode site).
 */
const ICON = (variant: 'active' | 'muted') =>
  Object.fromEntries(
    [16, 32, 48, 128].map((size) => [
      size,
      variant === 'active' ? `/icon/${size}.png` : `/icon/muted-${size}.png`,
    ]),
  );

export async function showArticleState(tabId: number, isArticle: boolean): Promise<void> {
  try {
    await browser.action.setIcon({ tabId, path: ICON(isArticle ? 'active' : 'muted') });
    await browser.action.setTitle({
      tabId,
      title: t(isArticle ? 'actionTitleArticle' : 'actionTitle'),
    });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** A short-lived badge for a click Lector could not act on (e.g. the browser's own pages). */
export async function flashUnavailable(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a3b2a' });
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: t('actionTitleUnavailable') });
    setTimeout(() => {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
      browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => {});
    }, 4_000);
  } catch {
    // The tab closed meanwhile.
  }
}
