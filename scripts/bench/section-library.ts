/**
 * The reading list at 10,000 saved articles (fake-indexeddb in Node): opening the list and a
 * search, against the targets (< 300 ms and < 50 ms). The work is in library.ts.
 */
import { runLibraryBench } from './library.ts';
import type { Section } from './section.ts';

export const librarySection: Section = {
  name: 'Reading list: open the list and search, 10,000 saved articles',
  async run({ quick, print }) {
    const articles = quick ? 2_000 : 10_000;
    if (quick) print('--quick: 2,000 articles instead of 10,000.');
    await runLibraryBench({ articles, runs: quick ? 9 : 25, log: print });
  },
};
