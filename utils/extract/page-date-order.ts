/**
 * The order a page writes its slash dates in (dates.ts, rule 4), read from the page's text once
 * per page and only when an ambiguous slash date is met: most pages have none.
 */
import { slashOrderOf, type SlashOrder } from './dates.ts';
import { textOf } from './dom-walk.ts';

const ORDERS = new WeakMap<Document, SlashOrder | null>();

export function pageSlashOrder(doc: Document): SlashOrder | null {
  if (ORDERS.has(doc)) return ORDERS.get(doc)!;
  const order = doc.body ? slashOrderOf(textOf(doc.body)) : null;
  ORDERS.set(doc, order);
  return order;
}
