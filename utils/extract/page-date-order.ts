/**
 * The order a page writes its slash dates in (dates.ts, rule 4), read from the page's text once
 * per read and only when an ambiguous slash date is met: most pages have none. Kept for the read
 * only (dom-walk.ts's currentRead), as every answer about a page is: outside a read, worked out
 * each time.
 */
import { slashOrderOf, type SlashOrder } from './dates.ts';
import { currentRead, textOf } from './dom-walk.ts';

const ORDERS = new WeakMap<object, SlashOrder | null>();

export function pageSlashOrder(doc: Document): SlashOrder | null {
  const read = currentRead(doc);
  if (read && ORDERS.has(read)) return ORDERS.get(read)!;
  const order = doc.body ? slashOrderOf(textOf(doc.body)) : null;
  if (read) ORDERS.set(read, order);
  return order;
}
