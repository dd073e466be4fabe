/**
 * Body-text quality on the development corpora (../shared/corpus): F1, precision and recall by
 * the corpus README's scoring rule (score.ts), for Lector and plain Readability on the same
 * pages, per set and per language.
 */
import { loadCorpus, type CorpusPage } from './corpus.ts';
import { runPages } from './pool.ts';
import { aggregate, scorePage, titleMatches, type PageScore } from './score.ts';
import { fixed, sideBySide, table } from './report.ts';
import type { BenchContext, Section } from './section.ts';

interface Scored {
  page: CorpusPage;
  lector: PageScore;
  readability: PageScore;
  lectorFailed: boolean;
  /** Whether each extractor's title is the labelled one (null: the page has no title label). */
  titles: { lector: boolean; readability: boolean } | null;
}

/** How many of the labelled titles each extractor gives exactly (score.ts titleMatches). */
function titleLine(scored: readonly Scored[]): string | null {
  const labelled = scored.flatMap((item) => (item.titles ? [item.titles] : []));
  if (labelled.length === 0) return null;
  const share = (count: number) =>
    `${count}/${labelled.length} (${fixed(count / labelled.length, 3)})`;
  const lector = labelled.filter((titles) => titles.lector).length;
  const readability = labelled.filter((titles) => titles.readability).length;
  return (
    `Titles, exact match with the labelled title (case, spacing and quote style aside): ` +
    `Lector ${share(lector)}, Readability ${share(readability)}`
  );
}

function row(label: string, pages: readonly Scored[]): string[] {
  const lector = aggregate(pages.map((page) => page.lector));
  const readability = aggregate(pages.map((page) => page.readability));
  return [
    label,
    String(pages.length),
    ...sideBySide(lector, readability),
    fixed(lector.f1 - readability.f1, 3).replace(/^(?!-)/, '+'),
    String(pages.filter((page) => page.lectorFailed).length),
  ];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}

export const corpusSection: Section = {
  name: 'Corpus: body text F1 / precision / recall (4-token shingles, corpus README rule)',
  run(context: BenchContext) {
    const all = loadCorpus(context.corpusRoot);
    if (!all || all.length === 0) {
      context.print(`skipped: no corpus at ${context.corpusRoot}`);
      return;
    }
    const pages = context.quick ? all.filter((_, index) => index % 4 === 0) : all;
    const runs = runPages(
      pages.map((page) => ({ key: `${page.set}/${page.id}`, file: page.file, url: page.url })),
      (done) => process.stderr.write(`\r  corpus: ${done}/${pages.length} pages`),
    );
    process.stderr.write('\n');
    const scored: Scored[] = [];
    const errors: string[] = [];
    for (const page of pages) {
      const run = runs.get(`${page.set}/${page.id}`);
      if (!run || 'error' in run) {
        errors.push(`${page.set}/${page.id}: ${run && 'error' in run ? run.error : 'no result'}`);
        continue;
      }
      context.runs.push({ group: page.set, run });
      scored.push({
        page,
        lector: scorePage(run.lector.text, page.label),
        readability: scorePage(run.readability.text, page.label),
        lectorFailed: run.lector.failure != null,
        titles:
          page.titleLabel === null
            ? null
            : {
                lector: titleMatches(run.lector.title, page.titleLabel),
                readability: titleMatches(run.readability.title, page.titleLabel),
              },
      });
    }
    const rows: string[][] = [
      [
        'set / language',
        'pages',
        'Lector F1',
        'P',
        'R',
        'Readability F1',
        'P',
        'R',
        'ΔF1',
        'failed',
      ],
    ];
    for (const [set, pagesOfSet] of groupBy(scored, (item) => item.page.set)) {
      rows.push(row(set, pagesOfSet));
      const byLang = groupBy(pagesOfSet, (item) => item.page.lang);
      if (byLang.size > 1) {
        for (const [lang, pagesOfLang] of [...byLang].sort())
          rows.push(row(`  ${lang}`, pagesOfLang));
      }
    }
    rows.push(row('all pages', scored));
    context.print(table(rows));
    const titles = titleLine(scored);
    if (titles) context.print(titles);
    if (context.quick) context.print('(--quick: every 4th page)');
    for (const error of errors) context.print(`error: ${error}`);
  },
};
