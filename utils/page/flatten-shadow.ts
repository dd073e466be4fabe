/**
 * captureSnapshot sends a page's open shadow roots as declarative shadow DOM: a
 * `<template shadowrootmode>` first in each host. DOMParser leaves those as plain templates,
 * whose content the core would never read. This puts each shadow tree in its host as the page
 * showed it: the template's content replaces the host's children, each <slot> replaced by the
 * host's children assigned to it (or its own fallback content). Inert: it only moves nodes of
 * the parsed copy.
 */
export function flattenShadowTemplates(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host) continue;
    const content = (template as HTMLTemplateElement).content;
    // Shadow trees inside this one first, so their slots are filled from their own hosts.
    flattenShadowTemplates(content);
    template.remove();
    const light = Array.from(host.childNodes);
    assignSlots(content, light);
    host.replaceChildren(content);
  }
}

/** Light nodes into the slots of a shadow tree, as the browser's slot assignment does. */
function assignSlots(shadow: DocumentFragment, light: ChildNode[]): void {
  const slots = Array.from(shadow.querySelectorAll('slot'));
  const named = new Map<string, ChildNode[]>();
  const unnamed: ChildNode[] = [];
  for (const node of light) {
    const name = node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
    if (name) named.set(name, [...(named.get(name) ?? []), node]);
    else unnamed.push(node);
  }
  const filled = new Set<string>();
  for (const slot of slots) {
    const name = slot.getAttribute('name') ?? '';
    // The first slot of a name takes the nodes; later ones show their fallback.
    const assigned = filled.has(name) ? [] : name ? (named.get(name) ?? []) : unnamed;
    filled.add(name);
    slot.replaceWith(...(assigned.length > 0 ? assigned : Array.from(slot.childNodes)));
  }
}
