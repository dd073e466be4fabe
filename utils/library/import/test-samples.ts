import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { ImportFile } from './detect';

/** For tests only: the sample exports in tests/library-samples, as the importer receives them. */
export const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'tests', 'library-samples');

/** Samples end in `.txt` where Prettier would reformat them; the real name drops it. */
const realName = (path: string) => path.replace(/\.(html|htm)\.txt$/, '.$1');

export function sampleFile(path: string): ImportFile {
  return {
    name: realName(path.split('/').pop()!),
    bytes: new Uint8Array(readFileSync(join(SAMPLES, path))),
  };
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/** A sample folder zipped the way the tool ships its export, optionally with extra entries. */
export function zippedSample(
  folder: string,
  zipName: string,
  extra: Record<string, string> = {},
): ImportFile {
  const root = join(SAMPLES, folder);
  const entries: Record<string, Uint8Array> = {};
  for (const path of filesBelow(root)) entries[realName(relative(root, path))] = readFileSync(path);
  for (const [name, text] of Object.entries(extra)) entries[name] = new TextEncoder().encode(text);
  return { name: zipName, bytes: zipSync(entries) };
}

export function textFile(name: string, text: string): ImportFile {
  return { name, bytes: new TextEncoder().encode(text) };
}
