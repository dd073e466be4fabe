/**
 * The page fixtures: body-text F1 / precision / recall against each fixture's expected
 * paragraphs (same scoring rule as the corpus), clutter strings left in the body, and detection
 * accuracy (Lector's verdict against the fixture's, next to Readability's isProbablyReaderable).
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { generatedSeedFixture, loadFixtures, type Fixture } from './fixtures.ts';
import { runPages } from './pool.ts';
import { aggregate, scorePage, type PageScore } from './score.ts';
import { fixed, sideBySide, table } from './report.ts';
import { parseHtml, readHtmlFile } from '../lib/html-page.ts';
import type { BenchContext, Section } from './section.ts';

interface FixtureOutcome {
  fixture: Fixture;
  lector: PageScore | null;
  readability: PageScore | null;
  clutterLeft: string[];
  lectorSaysArticle: boolean | null;
  readerable: boolean;
}

function readerable(fixture: Fixture): boolean {
  const dom = parseHtml(readHtmlFile(fixture.file), fixture.url);
  try {
    return isProbablyReaderable(dom.window.document);
  } finally {
    dom.window.close();
  }
}

function qualityRow(label: string, outcomes: readonly FixtureOutcome[]): string[] {
  const scored = outcomes.filter((outcome) => outcome.lector && outcome.readability);
  const lector = aggregate(scored.map((outcome) => outcome.lector!));
  const readability = aggregate(scored.map((outcome) => outcome.readability!));
  const clutter = outcomes.reduce((sum, outcome) => sum + outcome.clutterLeft.length, 0);
  return [label, String(scored.length), ...sideBySide(lector, readability), String(clutter)];
}

export const fixturesSection: Section = {
  name: 'Fixtures: body text, clutter left in the body, detection accuracy',
  run(context: BenchContext) {
    const fixtures = [...loadFixtures(context.repo), generatedSeedFixture()];
    if (fixtures.length === 1)
      context.print('(no fixtures in tests/fixtures: the generated seed only)');
    const runs = runPages(fixtures.map((f) => ({ key: f.name, file: f.file, url: f.url })));
    const outcomes: FixtureOutcome[] = [];
    for (const fixture of fixtures) {
      const run = runs.get(fixture.name);
      if (!run || 'error' in run) {
        context.print(`error: ${fixture.name}: ${run && 'error' in run ? run.error : 'no result'}`);
        continue;
      }
      context.runs.push({ group: 'fixtures', run });
      const label = fixture.paragraphs.join('\n\n');
      const hasBody = fixture.paragraphs.length > 0 && fixture.isArticle !== false;
      outcomes.push({
        fixture,
        lector: hasBody ? scorePage(run.lector.text, label) : null,
        readability: hasBody ? scorePage(run.readability.text, label) : null,
        clutterLeft: fixture.clutter.filter((text) => text && run.lector.text.includes(text)),
        lectorSaysArticle: run.lector.isArticle ?? null,
        readerable: readerable(fixture),
      });
    }
    const rows = [
      ['fixtures', 'scored', 'Lector F1', 'P', 'R', 'Readability F1', 'P', 'R', 'clutter left'],
    ];
    rows.push(
      qualityRow(
        'seed-style',
        outcomes.filter((o) => o.fixture.seedStyle),
      ),
    );
    rows.push(qualityRow('all with a body', outcomes));
    context.print(table(rows));
    for (const outcome of outcomes.filter((o) => o.clutterLeft.length > 0)) {
      context.print(`clutter in ${outcome.fixture.name}: ${outcome.clutterLeft.join(' | ')}`);
    }
    const judged = outcomes.filter((o) => o.fixture.isArticle !== null);
    const correct = judged.filter((o) => o.lectorSaysArticle === o.fixture.isArticle).length;
    const readerableCorrect = judged.filter((o) => o.readerable === o.fixture.isArticle).length;
    context.print(
      `detection: Lector ${correct}/${judged.length} correct` +
        ` (Readability's isProbablyReaderable: ${readerableCorrect}/${judged.length})`,
    );
    for (const outcome of judged.filter((o) => o.lectorSaysArticle !== o.fixture.isArticle)) {
      context.print(
        `  wrong: ${outcome.fixture.name} (expected isArticle=${outcome.fixture.isArticle})`,
      );
    }
    const low = outcomes.filter((o) => o.lector && o.lector.f1 < 0.99);
    for (const outcome of low) {
      context.print(
        `  below 0.99: ${outcome.fixture.name} P ${fixed(outcome.lector!.precision)} R ${fixed(outcome.lector!.recall)}`,
      );
    }
  },
};
