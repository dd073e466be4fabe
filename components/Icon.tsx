/**
 * A small line icon for the reader's buttons; appears next to (or instead of) a button's text.
 * Always decorative: the button carries the accessible name.
 */
const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  type: 'M3 19l5.5-14L14 19M5.2 14h6.6M16 13.5c.6-1 1.5-1.5 2.6-1.5 1.6 0 2.4.9 2.4 2.6V19m0-3.2c-.6-.4-1.4-.6-2.3-.6-1.6 0-2.7.8-2.7 2 0 1.1.9 1.9 2.2 1.9 1.3 0 2.3-.7 2.8-1.8',
  speaker: 'M4 9.5v5h3.5L12 18.5v-13L7.5 9.5H4zM15.5 9a4 4 0 010 6M18 6.5a7.5 7.5 0 010 11',
  scissors:
    'M8.6 8.4L20 18M8.6 15.6L20 6M9 6.5a2.5 2.5 0 11-5 0 2.5 2.5 0 015 0zM9 17.5a2.5 2.5 0 11-5 0 2.5 2.5 0 015 0z',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5',
  print:
    'M7 9V4h10v5M7 17H5a1 1 0 01-1-1v-5a2 2 0 012-2h12a2 2 0 012 2v5a1 1 0 01-1 1h-2M7 14h10v6H7z',
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M7 5.5h3.5v13H7zM13.5 5.5H17v13h-3.5z',
  stop: 'M6.5 6.5h11v11h-11z',
  alert: 'M12 4l9 16H3zM12 10v4.5M12 17.3v.2',
  page: 'M7 3.5h7l4 4v13H7zM14 3.5v4h4M10 12h5M10 15.5h5',
  bolt: 'M13 3L5.5 13.5h6L10.5 21 18.5 10.5h-6z',
} as const;

export type IconName = keyof typeof PATHS;

const FILLED: ReadonlySet<IconName> = new Set(['play', 'pause', 'stop']);

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  const filled = FILLED.has(name);
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
