/**
 * What a bench section is: a name and a run that prints its table. Sections share what they
 * measured through the context (the timing section reads the page runs the quality sections
 * made), and later sections (Chromium timings, the library, security) plug in the same way.
 */
import type { PageRun } from './extractors.ts';

export interface TimedRun {
  /** Which collection the page belongs to (a corpus set, or "fixtures"). */
  group: string;
  run: PageRun;
}

export interface BenchContext {
  repo: string;
  /** `--quick`: a quarter of the corpus, for a fast look. */
  quick: boolean;
  corpusRoot: string;
  /** Page runs so far, for the timing section. */
  runs: TimedRun[];
  print: (text: string) => void;
}

export interface Section {
  name: string;
  run(context: BenchContext): void | Promise<void>;
}
