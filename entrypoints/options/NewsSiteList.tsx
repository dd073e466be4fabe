import { NEWS_SITES } from '../../utils/auto-mode/news-sites';

/**
 * The built-in news sites, in a disclosure, so a person can see exactly what they grant access
 * to. Appears on the welcome page and in the options page's auto mode section.
 */
export function NewsSiteList({ summary }: { summary: string }) {
  return (
    <details class="news-sites" data-testid="news-sites">
      <summary>{summary}</summary>
      <ul>
        {NEWS_SITES.map((site) => (
          <li key={site.host} lang={site.lang}>
            {site.host}
          </li>
        ))}
      </ul>
    </details>
  );
}
