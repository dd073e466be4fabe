import { useEffect, useRef } from 'preact/hooks';
import type { Removal, RemovalKind } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { Icon } from './Icon';
import { PANEL_IDS } from './ReaderToolbar';
import { RemovedItem } from './RemovedItem';

/** Group names, in the order the groups are listed. */
const KIND_LABELS: Record<RemovalKind, () => string> = {
  'cookie-notice': () => t('readerKindCookieNotice'),
  interstitial: () => t('readerKindInterstitial'),
  'app-banner': () => t('readerKindAppBanner'),
  advert: () => t('readerKindAdvert'),
  newsletter: () => t('readerKindNewsletter'),
  'ai-promo': () => t('readerKindAiPromo'),
  'share-bar': () => t('readerKindShareBar'),
  related: () => t('readerKindRelated'),
  navigation: () => t('readerKindNavigation'),
  logo: () => t('readerKindLogo'),
  'duplicate-title': () => t('readerKindDuplicateTitle'),
  comments: () => t('readerKindComments'),
  'empty-comments': () => t('readerKindEmptyComments'),
  other: () => t('readerKindOther'),
};

export function kindLabel(kind: RemovalKind): string {
  return (KIND_LABELS[kind] ?? KIND_LABELS.other)();
}

function groupByKind(removed: readonly Removal[]): [RemovalKind, Removal[]][] {
  const groups = new Map<RemovalKind, Removal[]>();
  for (const kind of Object.keys(KIND_LABELS) as RemovalKind[]) groups.set(kind, []);
  for (const removal of removed) {
    const kind = groups.has(removal.kind) ? removal.kind : 'other';
    groups.get(kind)!.push(removal);
  }
  return [...groups].filter(([, items]) => items.length > 0);
}

interface RemovedPanelProps {
  removed: readonly Removal[];
  restoredIds: ReadonlySet<string>;
  /** Ids that were put back at the end because their place was not found. */
  unplacedIds: readonly string[];
  onToggle: (id: string) => void;
  onClose: () => void;
}

/**
 * "What was removed": the blocks Lector took out of the page, grouped by kind, each with a button
 * to put it back into this view and take it out again. Appears as a side sheet from the toolbar.
 */
export function RemovedPanel({
  removed,
  restoredIds,
  unplacedIds,
  onToggle,
  onClose,
}: RemovedPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <aside
      id={PANEL_IDS.removed}
      class="sheet removed-panel"
      aria-labelledby="reader-removed-heading"
      data-testid="removed-panel"
    >
      <div class="sheet-header">
        <h2 id="reader-removed-heading" tabIndex={-1} ref={heading}>
          {t('readerRemovedHeading')}
        </h2>
        <button
          type="button"
          class="icon-button"
          aria-label={t('readerClosePanel')}
          title={t('readerClosePanel')}
          onClick={onClose}
          data-testid="removed-close"
        >
          <Icon name="close" />
        </button>
      </div>
      {removed.length === 0 ? (
        <p class="sheet-intro">{t('readerRemovedNone')}</p>
      ) : (
        <>
          <p class="sheet-intro">{t('readerRemovedIntro')}</p>
          {groupByKind(removed).map(([kind, items]) => (
            <section key={kind} class="removed-group" data-testid={`removed-group-${kind}`}>
              <h3>
                {kindLabel(kind)} <span class="group-count">{items.length}</span>
              </h3>
              <ul>
                {items.map((removal) => (
                  <RemovedItem
                    key={removal.id}
                    removal={removal}
                    restored={restoredIds.has(removal.id)}
                    unplaced={unplacedIds.includes(removal.id)}
                    onToggle={onToggle}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </aside>
  );
}
