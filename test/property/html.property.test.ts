import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HtmlRefused, prepareMarkup, summarizeHtml } from '../../src/html/index.js';
import { contractViolations } from './invariants.js';
import { params, SENTENCES } from './arbitraries.js';

/**
 * Web pages of any shape: extraction and summary never throw (except the one-line refusal of a
 * page beyond the limits), the summary keeps the contract against document.text, no script text
 * leaks into it, and the pre-parse pass does work linear in the page's length.
 */

const TAGS = ['div', 'p', 'span', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'ul', 'li', 'table', 'tr', 'td', 'b', 'i', 'a', 'q', 'h1', 'h2', 'font', 'svg', 'math', 'template', 'noscript', 'select', 'option'];
const ATTRS = ['', ' class="story"', ' id="x"', ' dir="rtl"', " title='a>b'", ' href="/x?a=1&amp;b=2"', ' onclick="alert(1)"', ' data-x="\'"', ' hidden', ' class="sidebar related"', ' style="display:none"'];
const PIECES = [
  '<!--', '-->', '<!-- تعليق -->', '<!DOCTYPE html>', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<br>', '<br/>', '<img src=x onerror=alert(1)>', '<hr>', '<meta charset="utf-8">',
  '<script>var s = "<p>نص مخفي</p>";</script>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان","datePublished":"2020-01-02"}</script>',
  '<style>p{color:red}</style>', '<title>عنوان | موقع</title>', '&amp;', '&lt;', '&gt;', '&quot;', '&#1575;', '&#x644;', '&nbsp;', '&hearts;', '&', '<', '>', '</', '</p>', '</div>', '</x>', '"', "'",
  '\n', ' ', '\u200F', '\uFEFF',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SENTENCES),
  fc.constantFrom(...PIECES),
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.boolean()).map(([t, a, close]) => (close ? `</${t}>` : `<${t}${a}>`)),
);

const page: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** A page opened and closed as pages are, around arbitrary content. */
const wrapped: fc.Arbitrary<string> = page.map((body) => `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"></head><body>${body}</body></html>`);

function check(html: string): void {
  let summary;
  try {
    summary = summarizeHtml(html);
  } catch (e) {
    if (e instanceof HtmlRefused) return;
    throw e;
  }
  const text = summary.document?.text ?? '';
  const bad = contractViolations(text, summary);
  if (bad.length) throw new Error(`${bad.length} contract violation(s) for a page of length ${html.length}:\n${bad.slice(0, 8).join('\n')}`);
  expect(text).not.toContain('نص مخفي');
  expect(text).not.toContain('color:red');
}

describe('web pages of any shape', () => {
  it('never throw (but a refusal), keep the contract against document.text, leak no script', () => {
    fc.assert(fc.property(fc.oneof(page, wrapped), check), params(400));
  }, 240_000);

  it('the pre-parse pass does at most a few steps per character', () => {
    fc.assert(
      fc.property(fc.oneof(page, wrapped), fc.integer({ min: 1, max: 40 }), (html, times) => {
        const big = html.repeat(times);
        const { steps } = prepareMarkup(big, { maxDepth: 16, maxElements: Infinity, maxReferences: Infinity });
        expect(steps).toBeLessThanOrEqual(3 * big.length + 10);
      }),
      params(300),
    );
  }, 240_000);

  it('hostile shapes: deep nesting, entity floods, unclosed comments, endless attributes', () => {
    const hostile = [
      '<div>'.repeat(2000) + SENTENCES[0],
      '<b>'.repeat(5000) + '</b>'.repeat(2500),
      '<p>' + '&amp;'.repeat(50_000),
      '<p>' + '&#1575;'.repeat(50_000),
      '<p>' + SENTENCES[1] + '<!--' + 'x'.repeat(100_000),
      '<a ' + 'x="1" '.repeat(20_000) + '>' + SENTENCES[2],
      '<' + 'a'.repeat(100_000),
      '<p title="' + '>'.repeat(50_000),
      '</p>'.repeat(50_000),
      '<svg>' + '<path/>'.repeat(5000) + '</svg>' + SENTENCES[3],
    ];
    for (const html of hostile) check(html);
  }, 240_000);
});
