/**
 * The development corpora in `<repo>/../shared/corpus`: each set's truth.jsonl and its pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHtmlFile } from '../lib/html-page.ts';

export interface CorpusPage {
  set: string;
  id: string;
  url: string;
  lang: string;
  /** The human-labelled article text. */
  label: string;
  /** The human-labelled title, where the set has one (daniel-multilingual does). */
  titleLabel: string | null;
  file: string;
}

interface TruthLine {
  id: string;
  url: string;
  lang?: string;
  title?: string;
  articleBody: string;
}

export function defaultCorpusRoot(repo: string): string {
  return resolve(repo, '..', 'shared', 'corpus');
}

/** Every page of every set under `root`, or null when the corpus is absent. */
export function loadCorpus(root: string): CorpusPage[] | null {
  if (!existsSync(root)) return null;
  const pages: CorpusPage[] = [];
  for (const set of readdirSync(root, { withFileTypes: true })) {
    const truthFile = join(root, set.name, 'truth.jsonl');
    if (!set.isDirectory() || !existsSync(truthFile)) continue;
    for (const line of readFileSync(truthFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const truth = JSON.parse(line) as TruthLine;
      pages.push({
        set: set.name,
        id: truth.id,
        url: truth.url,
        lang: truth.lang ?? 'und',
        label: truth.articleBody,
        titleLabel: truth.title ?? null,
        file: join(root, set.name, 'pages', `${truth.id}.html.gz`),
      });
    }
  }
  return pages;
}

export function readCorpusHtml(page: CorpusPage): string {
  return readHtmlFile(page.file);
}
