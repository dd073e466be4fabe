/**
 * The reader page's URL says when auto mode opened it (`reader.html?auto`): the overlay is then
 * unseen until the reader has read the page, and shown only if the reading core calls it an
 * article. Auto mode's detection script is a lean judge (utils/extract/detect-lean.ts); the core's
 * full one decides, so a page it turns down never shows a "not an article" panel to someone who
 * did not ask for the reader.
 */
export const AUTO_OPEN_PARAM = 'auto';

export function openedByAutoMode(search: string): boolean {
  return new URLSearchParams(search).has(AUTO_OPEN_PARAM);
}
