import type { ReadResult, Removal } from '../../extract/types';

/** A hand-built ReadResult for reader tests (what the core returns for a small article). */
export const FIXTURE_REMOVALS: Removal[] = [
  {
    id: 'r0',
    kind: 'app-banner',
    text: 'Read this in our app',
    reason: 'Asks you to install an app',
    html: '<p>Read this in our app</p>',
    anchorText: null,
  },
  {
    id: 'r1',
    kind: 'newsletter',
    text: 'Sign up for the morning briefing',
    reason: 'Newsletter sign-up',
    html: '<aside><p>Sign up for the morning briefing</p></aside>',
    anchorText: 'The tide rose faster than anyone expected.',
  },
  {
    id: 'r2',
    kind: 'share-bar',
    text: 'Share on social networks',
    reason: 'Share buttons',
    html: '',
    anchorText: 'The tide rose faster than anyone expected.',
  },
  {
    id: 'r3',
    kind: 'newsletter',
    text: 'Get our weekly digest',
    reason: 'Newsletter sign-up',
    html: '<p>Get our weekly digest</p>',
    anchorText: 'Boats were pulled ashore before dark.',
  },
];

export function fixtureResult(overrides: Partial<ReadResult> = {}): ReadResult {
  return {
    isArticle: true,
    reasons: [{ code: 'jsonld-article', value: 'NewsArticle' }],
    url: 'https://news.example.com/2025/06/harbour-flood',
    canonicalUrl: null,
    failure: null,
    message: null,
    title: 'The harbour flooded overnight',
    byline: 'Ana Pereira',
    siteName: 'Example News',
    publishedTime: '2025-06-12',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A storm surge flooded the old harbour.',
    leadImage: null,
    wordCount: 420,
    readingMinutes: 2,
    textContent:
      'The tide rose faster than anyone expected.\nBoats were pulled ashore before dark.\nBy morning the water had gone.',
    content:
      '<div><p>The tide rose faster than anyone expected.</p><figure><img src="https://news.example.com/boat.jpg" alt="A boat on the quay"><figcaption>A boat on the quay.</figcaption></figure><p>Boats were pulled ashore before dark.</p><p>By morning the water had gone.</p></div>',
    related: [],
    removed: FIXTURE_REMOVALS,
    pages: null,
    ...overrides,
  };
}
