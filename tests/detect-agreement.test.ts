/**
 * Auto mode's lean detector (utils/extract/detect-lean.ts) must say what the full detector
 * (detect.ts) says: on every fixture, exactly (articles, and the home page, section front,
 * search results, web app and feed that are not), and on the corpus nearly always. Where they
 * differ, the reader auto mode opens unseen lets the full detector decide (auto-open.ts), so a
 * disagreement costs a wasted read or a reader not opened by itself, never a wrong panel.
 * `npx tsx scripts/detect-agreement.ts` lists the disagreements.
 */
import { describe, expect, it } from 'vitest';
import { describeReasons } from '../scripts/lib/reasons.ts';
import {
  corpusPagesToJudge,
  fixturePagesToJudge,
  judgeBoth,
} from '../scripts/lib/detect-agreement.ts';

/** The share of corpus pages on which the two may disagree. Measured on 2026-12-05: 3 of 329. */
const CORPUS_BOUND = 0.02;

describe('the lean detector agrees with the full one', () => {
  it.each(fixturePagesToJudge().map((page) => [page.name, page] as const))('%s', (_name, page) => {
    const { full, lean } = judgeBoth(page);
    expect(lean, describeReasons(full.reasons).join('; ')).toBe(full.isArticle);
  });

  const corpus = corpusPagesToJudge();
  it.runIf(corpus !== null)(
    `on the corpus, on all but ${CORPUS_BOUND * 100}% of the pages`,
    () => {
      const differ = corpus!
        .map((page) => judgeBoth(page))
        .filter(({ full, lean }) => lean !== full.isArticle)
        .map(({ name, full, lean }) => `${name}: full ${full.isArticle}, lean ${lean}`);
      console.info(
        `lean and full detectors disagree on ${differ.length}/${corpus!.length} corpus pages`,
      );
      expect(differ.length / corpus!.length, differ.join('\n')).toBeLessThanOrEqual(CORPUS_BOUND);
    },
    600_000,
  );
});
