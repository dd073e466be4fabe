/**
 * How often auto mode's lean detector (utils/extract/detect-lean.ts) agrees with the full one
 * (detect.ts), on the fixtures and on the corpus, each page judged at its own URL and, with
 * `--root`, again at its site's root (`/`), where the URL pulls towards "not an article" and the
 * page itself must decide. Lists every disagreement with the full detector's reasons.
 *
 *   npx tsx scripts/detect-agreement.ts [--root]
 */
import { describeReasons } from './lib/reasons.ts';
import {
  corpusPagesToJudge,
  fixturePagesToJudge,
  judgeBoth,
  type PageToJudge,
} from './lib/detect-agreement.ts';

const atRoot = process.argv.includes('--root');

function report(label: string, pages: PageToJudge[]) {
  let judged = 0;
  const differ: string[] = [];
  let leanYes = 0;
  for (const page of pages) {
    for (const url of atRoot ? [page.url, new URL('/', page.url).href] : [page.url]) {
      const both = judgeBoth(page, url);
      judged += 1;
      if (both.lean === both.full.isArticle) continue;
      if (both.lean) leanYes += 1;
      differ.push(
        `  ${both.name} at ${url}: full ${both.full.isArticle ? 'yes' : 'no'}, lean ${both.lean ? 'yes' : 'no'}` +
          `\n    ${describeReasons(both.full.reasons).join('; ')}`,
      );
    }
  }
  const share = judged ? ((100 * (judged - differ.length)) / judged).toFixed(1) : '–';
  console.log(
    `${label}: ${judged - differ.length}/${judged} agree (${share}%); ` +
      `${leanYes} where only the lean one says article, ${differ.length - leanYes} the other way`,
  );
  for (const line of differ) console.log(line);
}

report('fixtures', fixturePagesToJudge());
const corpus = corpusPagesToJudge();
if (!corpus) console.log('corpus: skipped (no ../shared/corpus)');
else {
  for (const set of new Set(corpus.map((page) => page.name.split('/')[0]!))) {
    report(
      `corpus ${set}`,
      corpus.filter((page) => page.name.startsWith(`${set}/`)),
    );
  }
}
