import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, HtmlRefused, prepareMarkup, extractArticle } from '../../src/html/index.js';

const ARTICLE = 'استقبل وزير الخارجية في القاهرة نظيره الأردني وبحث معه تطورات المنطقة. '.repeat(8);

describe('prepareMarkup: the linear pass before parsing', () => {
  it('decodes references in text, but never into markup', () => {
    expect(prepareMarkup('<p>&quot;نعم&quot; &#1604;&#x627; &nbsp;&laquo;x&raquo;</p>').html).toBe('<p>"نعم" لا \u00A0«x»</p>');
    // &lt; and &amp; stay escaped, and so does a reference right after a literal "<" or "&".
    expect(prepareMarkup('<p>&lt;b&gt; &amp;amp; <&#98;> &&#35;1;</p>').html).toBe('<p>&lt;b> &amp;amp; <&#98;> &&#35;1;</p>');
    // Attributes are left to the parser.
    expect(prepareMarkup('<a title="&quot;">x</a>').html).toBe('<a title="&quot;">x</a>');
    expect(prepareMarkup('<p>&hearts; &#128;</p>').references).toBe(2);
  });

  it('drops comments, scripts and styles; keeps JSON-LD and the text', () => {
    const p = prepareMarkup('<p>أ</p><!-- x --><script>run()</script><style>p{}</style><script type="application/ld+json">{"a":1}</script><p>ب</p>');
    expect(p.html).toBe('<p>أ</p><script type="application/ld+json">{"a":1}</script><p>ب</p>');
  });

  it('an unclosed comment runs to the end of the page, as the HTML standard says', () => {
    expect(prepareMarkup('<p>نص</p><!-- ' + 'x'.repeat(1000)).html).toBe('<p>نص</p>');
    expect(prepareMarkup('<p>أ</p><!--><p>ب</p>').html).toBe('<p>أ</p><p>ب</p>');
  });

  it('an unclosed script or quoted attribute runs to the end too, and never loops', () => {
    expect(prepareMarkup('<p>نص</p><script>var a = "<p>";').html).toBe('<p>نص</p>');
    expect(prepareMarkup('<p title="abc>نص</p>').elements).toBe(1);
  });

  it('a quoted ">" inside an attribute does not end the tag', () => {
    const p = prepareMarkup('<div data-x="a>b">نص</div>');
    expect(p.html).toBe('<div data-x="a>b">نص</div>');
    expect(p.elements).toBe(1);
  });

  it('flattens nesting past maxDepth, keeping the text and the markup above it', () => {
    const deep = '<div>'.repeat(10) + 'نص' + '</div>'.repeat(10);
    const p = prepareMarkup(deep, { maxDepth: 4, maxElements: 100 });
    expect(p.flattened).toBe(6);
    expect(p.html).toBe('<div>'.repeat(4) + 'نص' + '</div>'.repeat(4));
  });

  it('counts depth as the tree builder does: void elements and implied closes do not nest', () => {
    const p = prepareMarkup('<ul>' + '<li>بند'.repeat(50) + '</ul>' + '<p>أ<p>ب<p>ج' + '<br><img src=x>'.repeat(50), { maxDepth: 3, maxElements: 1000 });
    expect(p.flattened).toBe(0);
  });

  it('refuses a page with more elements than maxElements, in one line', () => {
    expect(() => prepareMarkup('<p>نص</p>'.repeat(11), { maxDepth: 10, maxElements: 10 })).toThrow(HtmlRefused);
    expect(() => prepareMarkup('<p>نص</p>'.repeat(11), { maxDepth: 10, maxElements: 10 })).toThrow(/^HTML page with more than 10 elements; that is not one article$/);
  });

  it('does work linear in the input: doubling a hostile input at most doubles its steps (+ a constant)', () => {
    const cases: ((n: number) => string)[] = [
      (n) => '<div>'.repeat(n) + 'x' + '</div>'.repeat(n),
      (n) => '<b>'.repeat(n),
      (n) => '</span>'.repeat(n) + '<div>'.repeat(300),
      (n) => '<p>' + '&amp;'.repeat(n),
      (n) => '<!--' + '-'.repeat(n),
      (n) => '<a ' + 'x="1" '.repeat(n) + '>',
      (n) => '<' + 'a'.repeat(n),
      (n) => '<div>'.repeat(300) + '</x>'.repeat(n),
    ];
    for (const make of cases) {
      const small = prepareMarkup(make(20_000), { maxDepth: 256, maxElements: 1e9 }).steps;
      const large = prepareMarkup(make(40_000), { maxDepth: 256, maxElements: 1e9 }).steps;
      expect(large, make(3)).toBeLessThanOrEqual(2 * small + 10);
    }
  });
});

describe('hostile pages end to end (bounded work, one-line refusals)', () => {
  it('100,000 nested elements: flattened, the text still read, with a warning', () => {
    const page = '<html><body>' + '<div>'.repeat(100_000) + ARTICLE + '</div>'.repeat(100_000) + '</body></html>';
    const { document, warnings } = extractArticle(page);
    expect(document.text).toContain('استقبل وزير الخارجية في القاهرة');
    expect(warnings[0]).toMatch(/^HTML nested deeper than 256 elements/);
  });

  it('50 MB of markup: refused by its element count before any DOM is built', () => {
    const page = '<html><body>' + '<p>نص قصير</p>'.repeat(Math.ceil(50e6 / 14)) + '</body></html>';
    expect(page.length).toBeGreaterThan(50e6);
    expect(() => extractArticle(page)).toThrow(`HTML page with more than ${DEFAULT_LIMITS.maxElements.toLocaleString('en')} elements; that is not one article`);
  });

  it('a million character references (a page that escapes all its Arabic): decoded before parsing', () => {
    const escaped = [...'التقى الوزير نظيره في العاصمة. '].map((c) => `&#${c.codePointAt(0)};`).join('');
    const page = '<html><body><article><p>' + ARTICLE + '</p><p>' + escaped.repeat(Math.ceil(1_000_000 / 30)) + '</p></article></body></html>';
    const { document } = extractArticle(page);
    expect(document.text).toContain('التقى الوزير نظيره في العاصمة. التقى الوزير');
    expect(document.text).not.toContain('&#');
  });

  it('a million &amp;: refused in one line (each would cost the parser a node)', () => {
    const page = '<html><body><article><p>' + ARTICLE + '</p><p>' + '&amp;'.repeat(1_000_000) + '</p></article></body></html>';
    expect(() => extractArticle(page)).toThrow(/^HTML page with more than 100,000 escaped "&" and "<" characters; that is not one article$/);
  });

  it('an unclosed comment of 10 MB: the text before it read, the comment not', () => {
    const page = '<html><body><article><p>' + ARTICLE + '</p><!--' + 'سر '.repeat(3_000_000);
    const { document } = extractArticle(page);
    expect(document.text).toContain('استقبل وزير الخارجية');
    expect(document.text).not.toContain('سر');
  });
});
