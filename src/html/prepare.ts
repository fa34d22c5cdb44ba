/**
 * A linear pass over a page's markup before any DOM is built. The DOM library's tree builder and
 * the article finder both cost time proportional to element count × nesting depth, so a hostile
 * page (100,000 nested elements) would take minutes. This pass:
 * - flattens nesting past `maxDepth` (drops those open tags and their close tags, keeps their
 *   text), as browsers do past a fixed depth;
 * - drops comments (an unclosed `<!--` runs to the end of the page, as the HTML standard says),
 *   scripts other than JSON-LD, and styles, so nothing of them reaches the DOM;
 * - decodes character references in text (&#1575;, &quot;, &nbsp;…) itself: the DOM library makes
 *   one text node per reference, so a page of a million of them would cost a million nodes; those
 *   it cannot decode safely (&amp; and &lt;, which would turn into markup) are counted;
 * - counts the elements kept and refuses a page with more than `maxElements` of them, or more than
 *   `maxReferences` references left to the parser.
 * Every step is a constant amount of work per character or per tag (`steps` counts them, so a
 * test can check linearity without timing anything).
 */

/** Bounds on what one article page may hold. */
export interface MarkupLimits {
  /** Deeper elements are flattened into their ancestor at this depth. */
  maxDepth: number;
  /** More elements than this (after flattening) and the page is refused. */
  maxElements: number;
  /** More character references left for the parser than this and the page is refused. */
  maxReferences?: number;
}

/** Real news pages nest 20–60 deep and hold a few thousand elements; these bounds are far above. */
export const DEFAULT_LIMITS: MarkupLimits = { maxDepth: 256, maxElements: 100_000, maxReferences: 100_000 };

/** The markup to hand to the DOM library, and what the pass did. */
export interface PreparedMarkup {
  html: string;
  /** Elements kept (void elements included). */
  elements: number;
  /** Open tags dropped because they were nested deeper than maxDepth. */
  flattened: number;
  /** Units of work done: tags, pops and characters searched in bulk count once per call. */
  steps: number;
  /** Character references left in the text for the parser (&amp;, &lt;, rare named ones). */
  references: number;
}

/** A page refused before parsing; the message is one line, without the file name. */
export class HtmlRefused extends Error {
  override readonly name = 'HtmlRefused';
}

/** Elements that never hold children (the DOM library's own list). */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is raw text up to their own close tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const P_CLOSERS = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);

/**
 * Which open elements an opening tag closes implicitly, as the DOM library's tree builder does
 * (htmlparser2's openImpliesClose), so that the depth counted here is the depth it builds.
 */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P_CLOSERS] as [string, Set<string>],
  ),
]);

const NAME_START = /[A-Za-z]/;
/** A tag name runs to whitespace, `/` or `>` (the tokenizer's rule). */
const NAME_END = /[\s/>]/g;

/** Close tags of raw-text elements, found case-insensitively from a position. */
const RAW_END = new Map([...RAW_TEXT].map((t) => [t, new RegExp(`</${t}[\\s/>]`, 'gi')]));

/** Where the open tag starting at `from` (just after its name) ends: the index after `>`, quotes honoured. */
function openTagEnd(html: string, from: number, work: { steps: number }): { end: number; selfClosing: boolean } {
  let i = from;
  while (i < html.length) {
    work.steps++;
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 0x2f };
    if (c === 0x3d /* = */) {
      let k = i + 1;
      while (k < html.length && /\s/.test(html[k])) k++;
      const q = html[k];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, k + 1);
        // An unterminated quoted value runs to the end of the page.
        if (close < 0) return { end: html.length, selfClosing: false };
        i = close + 1;
        continue;
      }
      i = k;
      continue;
    }
    i++;
  }
  return { end: html.length, selfClosing: false };
}

/** Named references decoded here: the common ones of news pages. Others are left to the parser. */
const NAMED: Readonly<Record<string, string>> = {
  gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', bull: '•', middot: '·', copy: '©',
  reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
  shy: '\u00AD', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  para: '¶', hyphen: '‐', minus: '−', frac12: '½', ordm: 'º', ordf: 'ª', prime: '′', Prime: '″',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** The character a reference stands for, or null where it is left to the parser. */
function referenced(m: RegExpExecArray): string | null {
  if (m[3] !== undefined) return NAMED[m[3]] ?? null;
  const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
  // NUL, C1 controls (the standard remaps them), surrogates and beyond Unicode: the parser's business.
  if (cp === 0 || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return null;
  const ch = String.fromCodePoint(cp);
  return ch === '<' || ch === '&' ? null : ch;
}

/**
 * A run of text with its references decoded. `<` and `&` stay references (decoded, they could
 * start a tag or another reference), and so does any reference right after a literal `<` or `&`.
 */
function decodeText(text: string, work: { steps: number; references: number }): string {
  if (text.indexOf('&') < 0) return text;
  const out: string[] = [];
  let last = 0;
  // The last character written; read from here, never from the output (indexing a string built
  // by += flattens it each time, which would make this quadratic).
  let prev = '';
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    work.steps++;
    if (m.index > last) {
      out.push(text.slice(last, m.index));
      prev = text[m.index - 1];
    }
    const ch = prev === '<' || prev === '&' ? null : referenced(m);
    out.push(ch ?? m[0]);
    prev = ch === null ? ';' : ch;
    if (ch === null) work.references++;
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Run the linear pass; throws HtmlRefused when the page holds more than maxElements elements. */
export function prepareMarkup(html: string, limits: MarkupLimits = DEFAULT_LIMITS): PreparedMarkup {
  const out: string[] = [];
  const stack: string[] = [];
  const dropped: boolean[] = [];
  /** How many of each name are open: a close tag pops only when its element is open. */
  const open = new Map<string, number>();
  let foreign = 0;
  let elements = 0;
  let flattened = 0;
  const work = { steps: 0, references: 0 };
  let text = 0; // html[text..] is text not yet copied to out
  let i = 0;

  /** Copy the text before `at`, decoded, then the markup [at, to) unless it is dropped. */
  const markup = (at: number, to: number, keep: boolean) => {
    out.push(decodeText(html.slice(text, at), work));
    if (keep) out.push(html.slice(at, to));
    text = to;
  };
  const pop = (): void => {
    const name = stack.pop() as string;
    dropped.pop();
    open.set(name, (open.get(name) ?? 1) - 1);
    if (name === 'svg' || name === 'math') foreign--;
    work.steps++;
  };

  while (i < html.length) {
    work.steps++;
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (next === '!') {
      if (html.startsWith('<!--', lt)) {
        // "<!-->" and "<!--->" are whole (empty) comments; otherwise it ends at "-->" or at the end.
        const shortEnd = html.startsWith('<!-->', lt) ? lt + 5 : html.startsWith('<!--->', lt) ? lt + 6 : -1;
        const close = shortEnd >= 0 ? shortEnd - 3 : html.indexOf('-->', lt + 4);
        const end = shortEnd >= 0 ? shortEnd : close < 0 ? html.length : close + 3;
        markup(lt, end, false);
        i = end;
      } else {
        const gt = html.indexOf('>', lt + 2);
        i = gt < 0 ? html.length : gt + 1;
        markup(lt, i, true);
      }
      continue;
    }
    if (next === '?') {
      // A processing instruction (<?xml …?>): markup to the next ">".
      const gt = html.indexOf('>', lt + 2);
      i = gt < 0 ? html.length : gt + 1;
      markup(lt, i, true);
      continue;
    }
    const closing = next === '/';
    const nameAt = closing ? lt + 2 : lt + 1;
    if (!NAME_START.test(html[nameAt] ?? '')) {
      i = lt + 1;
      continue;
    }
    NAME_END.lastIndex = nameAt;
    const nameEnd = NAME_END.exec(html)?.index ?? html.length;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    if (closing) {
      const gt = html.indexOf('>', nameEnd);
      const end = gt < 0 ? html.length : gt + 1;
      let keep = name === 'br'; // the tree builder reads a stray </br> as <br>
      if ((open.get(name) ?? 0) > 0) {
        for (;;) {
          const top = stack[stack.length - 1];
          keep = !dropped[dropped.length - 1];
          pop();
          if (top === name) break;
        }
      } else if (name === 'br') elements++;
      // A close tag with nothing open to close is dropped: the tree builder ignores it, except a
      // stray </p>, which it turns into an empty paragraph (50,000 of them would cost 50,000 nodes).
      markup(lt, end, keep);
      i = end;
      continue;
    }
    const { end, selfClosing } = openTagEnd(html, nameEnd, work);
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1])) pop();
    if (RAW_TEXT.has(name)) {
      const re = RAW_END.get(name) as RegExp;
      re.lastIndex = end;
      const m = re.exec(html);
      const closeStart = m ? m.index : html.length;
      const closeEnd = m ? (html.indexOf('>', closeStart) + 1 || html.length) : html.length;
      // Scripts never reach the DOM, except JSON-LD (data, read for the page's metadata); styles neither.
      const data = name === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(html.slice(nameEnd, end));
      const keep = !((name === 'script' && !data) || name === 'style');
      if (keep) elements++;
      markup(lt, closeEnd, keep);
      i = closeEnd;
      continue;
    }
    if (VOID.has(name) || (selfClosing && foreign > 0)) {
      elements++;
      markup(lt, end, true);
      i = end;
      continue;
    }
    const tooDeep = stack.length >= limits.maxDepth;
    stack.push(name);
    dropped.push(tooDeep);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign++;
    if (tooDeep) flattened++;
    else elements++;
    markup(lt, end, !tooDeep);
    if (elements > limits.maxElements) {
      throw new HtmlRefused(`HTML page with more than ${limits.maxElements.toLocaleString('en')} elements; that is not one article`);
    }
    i = end;
  }
  out.push(decodeText(html.slice(text), work));
  const maxReferences = limits.maxReferences ?? Infinity;
  if (work.references > maxReferences) {
    throw new HtmlRefused(`HTML page with more than ${maxReferences.toLocaleString('en')} escaped "&" and "<" characters; that is not one article`);
  }
  return { html: out.join(''), elements, flattened, steps: work.steps, references: work.references };
}
