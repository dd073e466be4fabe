import { browser } from 'wxt/browser';
import { t } from '../i18n';

type IconVariant = 'active' | 'muted';

/** The toolbar shows the icon at 16 px: 32 and 48 are for screens of 2x and 3x density. */
const TOOLBAR_SIZES = [16, 32, 48] as const;

const iconPath = (variant: IconVariant, size: number) =>
  variant === 'active' ? `/icon/${size}.png` : `/icon/muted-${size}.png`;

const ICON_PATHS = (variant: IconVariant) =>
  Object.fromEntries(TOOLBAR_SIZES.map((size) => [size, iconPath(variant, size)]));

type IconImages = Record<IconVariant, Record<number, ImageData>>;

let decoded: Promise<IconImages | null> | null = null;

/**
 * Both icons as pixels, decoded once per background life. Why: given paths, the browser fetches,
 * decodes and redraws every image on every call, in the extension's process (40-55 ms for four
 * sizes on the test machine), and the icon changes on every page load of every tab and after
 * every read, where it took CPU from the reader painting its article; with pixels a change
 * costs about a millisecond. Null where the background cannot decode (no OffscreenCanvas): the
 * paths are used then.
 */
function iconImages(): Promise<IconImages | null> {
  decoded ??= (async () => {
    if (typeof OffscreenCanvas !== 'function' || typeof createImageBitmap !== 'function')
      return null;
    const variant = async (name: IconVariant) =>
      Object.fromEntries(
        await Promise.all(
          TOOLBAR_SIZES.map(async (size) => [size, await decodeIcon(iconPath(name, size), size)]),
        ),
      ) as Record<number, ImageData>;
    const [active, muted] = await Promise.all([variant('active'), variant('muted')]);
    return { active, muted };
  })().catch(() => null);
  return decoded;
}

async function decodeIcon(path: string, size: number): Promise<ImageData> {
  // A path of the extension's own: the background's address is the extension's.
  const response = await fetch(path);
  const bitmap = await createImageBitmap(await response.blob());
  const context = new OffscreenCanvas(size, size).getContext('2d');
  if (!context) throw new Error('No 2D canvas in the background.');
  context.drawImage(bitmap, 0, 0, size, size);
  bitmap.close();
  return context.getImageData(0, 0, size, size);
}

/**
 * The toolbar icon is muted by default and turns to colour on a tab whose page Lector has read
 * and judged an article (only where Lector has access: after a click, or on an auto-mode site).
 */
export async function showArticleState(tabId: number, isArticle: boolean): Promise<void> {
  const variant: IconVariant = isArticle ? 'active' : 'muted';
  const images = await iconImages();
  try {
    await browser.action
      .setIcon(
        images ? { tabId, imageData: images[variant] } : { tabId, path: ICON_PATHS(variant) },
      )
      // Pixels refused (a browser that reads them otherwise): the paths, as before.
      .catch(() => browser.action.setIcon({ tabId, path: ICON_PATHS(variant) }));
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
