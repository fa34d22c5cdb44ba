/**
 * An element's text as lines, the way a reader sees it: a block element (p, div, li, h1…) or a
 * <br> ends a line, whitespace runs become one space, <q> gets «» marks (browsers draw them, and
 * khulasa's quote rules look for them). Walks iteratively, so no nesting depth can overflow the
 * stack. Written against the standard DOM interface, so it runs on any DOM implementation.
 */

/** Elements that begin and end a line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH',
  'TR', 'UL', 'CENTER',
]);

/** Elements whose content is never read as article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'CANVAS', 'VIDEO', 'AUDIO']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Whitespace as HTML collapses it (no-break space included, as Readability does). */
const SPACES = /[ \t\r\n\f\u00A0]+/g;

/** A block's share of text inside links, and its length: link lists (اقرأ أيضا) are dropped on that basis. */
export function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(SPACES, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(SPACES, '').length;
  return linked / total;
}

/** Options for textLines. */
export interface LineOptions {
  /** Called for each block element; returning true leaves the element (and its text) out. */
  skipBlock?: (el: Element) => boolean;
}

/** The text of `root` as trimmed, non-empty lines. */
export function textLines(root: Node, options: LineOptions = {}): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(SPACES, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // Iterative pre-order walk; `exit` marks an element whose end is to be handled.
  const todo: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (todo.length > 0) {
    const { node, exit } = todo.pop() as { node: Node; exit: boolean };
    if (node.nodeType === TEXT_NODE) {
      current += (node as Text).data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (exit) {
      if (tag === 'Q') current += '»';
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag)) {
      if (node !== root && options.skipBlock?.(node as Element)) continue;
      flush();
    }
    if (tag === 'Q') current += '«';
    todo.push({ node, exit: true });
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) todo.push({ node: children[k], exit: false });
  }
  flush();
  return lines;
}
