import { join } from 'node:path';
import { describeReason, type DetectionReason } from '../../utils/extract/detect-reasons.ts';
import { formatMessage, loadCatalog } from './locales.ts';

/**
 * Detection reasons in English for tools (the extract CLI, the corpus report, test messages):
 * the very messages the reader shows in an English browser, so the words live in one place.
 */
const catalog = loadCatalog(join(import.meta.dirname, '..', '..', 'locales'), 'en');

export function describeReasons(reasons: readonly DetectionReason[]): string[] {
  return reasons.map((reason) =>
    describeReason(reason, (key, substitutions) => formatMessage(catalog[key], substitutions)),
  );
}
