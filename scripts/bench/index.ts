/**
 * `npm run bench [-- --quick] [-- --only=word,word]`: Lector's reading core against plain @mozilla/readability 0.6.0,
 * side by side in one run. Each section prints its own table (section.ts); later issues add
 * sections (Chromium timings, the library, security) to the list below.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpusRoot } from './corpus.ts';
import { corpusSection } from './section-corpus.ts';
import { fixturesSection } from './section-fixtures.ts';
import { timingSection } from './section-timing.ts';
import { largePageSection } from './section-large.ts';
import type { BenchContext, Section } from './section.ts';
import { chromiumSection } from './section-chromium.ts';
import { chromiumCoreSection } from './section-chromium-core.ts';
import { librarySection } from './section-library.ts';

const SECTIONS: Section[] = [
  fixturesSection,
  corpusSection,
  timingSection,
  largePageSection,
  chromiumCoreSection,
  chromiumSection,
  librarySection,
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
  // --only=corpus,time runs the sections whose names hold any of the words.
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .toLowerCase()
    .split(',');
  const context: BenchContext = {
    repo,
    quick: args.includes('--quick'),
    corpusRoot: defaultCorpusRoot(repo),
    runs: [],
    print: (text) => process.stdout.write(`${text}\n`),
  };
  const started = performance.now();
  for (const section of SECTIONS) {
    const name = section.name.toLowerCase();
    if (only && !only.some((word) => name.includes(word))) continue;
    context.print(`\n== ${section.name}`);
    await section.run(context);
  }
  context.print(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
