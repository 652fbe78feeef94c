// Decides which elements are never article text: navigation, asides, comments, promos, forms,
// code, hidden and editable content. The rules themselves live in data/dom-rules.ts.
import { CLUTTER_WORDS, SKIPPED_SELECTORS, SKIPPED_TAGS } from './data/dom-rules';

const SKIPPED_SELECTOR = SKIPPED_SELECTORS.join(',');

/** The words of a class list or id: `relatedStories sidebar_box` → related, stories, sidebar, box. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hasClutterName(el: Element): boolean {
  for (const attr of ['class', 'id', 'data-component', 'data-testid']) {
    const value = el.getAttribute(attr);
    if (value && nameWords(value).some((word) => CLUTTER_WORDS.has(word))) return true;
  }
  return false;
}

/** Whether this element and everything inside it is left out of the article text. */
export function isClutter(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.matches(SKIPPED_SELECTOR) || hasClutterName(el);
}

/** Whether a node sits inside clutter, looking up to (not including) `root`. */
export function isInsideClutter(node: Node, root: Element): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el && el !== root;
    el = el.parentElement
  ) {
    if (isClutter(el)) return true;
  }
  return false;
}
