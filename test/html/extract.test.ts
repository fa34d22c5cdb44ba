import { describe, expect, it } from 'vitest';
import { extractArticle, summarizeHtml, publishedDay } from '../../src/html/index.js';
import { PAGES, pageText, quality } from './pages.js';

/**
 * Extraction quality on the pages written for this project (test/html/pages): six site layouts
 * (semantic HTML5 with JSON-LD, a div portal with Open Graph tags, a legacy Windows-1256 table
 * page, a script-heavy single-page app with microdata, a wire agency with <time>, a short brief
 * under a long comment thread), all right-to-left, with entities, inline quotes and sidebars
 * that name other meetings.
 */
describe('article extraction on the test pages', () => {
  it('there are pages to measure', () => expect(PAGES.length).toBeGreaterThanOrEqual(6));

  for (const page of PAGES) {
    it(`${page.name}: keeps the article, drops the rest, reads the metadata`, () => {
      const { document } = extractArticle(pageText(page));
      const q = quality(document.text, page);
      expect(q.bodyKept, 'share of body words kept').toBeGreaterThanOrEqual(0.99);
      expect(q.boilerplateDropped, 'share of boilerplate dropped').toBe(1);
      expect(document.title).toBe(page.expect.title);
      expect(publishedDay(document.published)).toBe(page.expect.published);
      expect(document.url).toBe(page.expect.url);
      expect(document.siteName).toBe(page.expect.siteName);
      // Title first, then a blank line, then one paragraph per line.
      expect(document.text.split('\n').slice(0, 2)).toEqual([page.expect.title, '']);
      for (const p of page.expect.body) expect(document.text.split('\n')).toContain(p);
    });
  }

  it('over all pages: the shares the README reports', () => {
    let words = 0;
    let kept = 0;
    let strings = 0;
    let dropped = 0;
    for (const page of PAGES) {
      const q = quality(extractArticle(pageText(page)).document.text, page);
      words += q.bodyWords;
      kept += q.bodyKept * q.bodyWords;
      strings += q.boilerplate;
      dropped += q.boilerplateDropped * q.boilerplate;
    }
    expect(kept / words).toBeGreaterThanOrEqual(0.99);
    expect(dropped / strings).toBe(1);
  });
});

describe('summaries of the test pages', () => {
  for (const page of PAGES) {
    it(`${page.name}: the article's meetings, none from the sidebars; evidence slices document.text`, () => {
      const summary = summarizeHtml(pageText(page));
      const text = summary.document?.text ?? '';
      expect(summary.meetings.length).toBeGreaterThan(0);
      // Every side named in a meeting is named in the article itself, never only in boilerplate.
      for (const m of summary.meetings) {
        for (const p of m.participants) expect(text).toContain(p);
        expect(m.start >= 0 && m.end <= text.length).toBe(true);
      }
      for (const p of summary.positions) expect(text.slice(p.start, p.end)).toBe(p.statement);
      for (const m of summary.meetings) if (m.date && m.dateSpan) expect(text.slice(m.dateSpan.start, m.dateSpan.end)).toBe(m.date);
      // The expected sides appear together in some meeting (names may be shortened by the extractor).
      for (const sides of page.expect.meetings) {
        const found = summary.meetings.some((m) => sides.filter((s) => m.participants.some((p) => s.includes(p) || p.includes(s))).length >= Math.min(2, sides.length));
        expect(found, sides.join(' + ')).toBe(true);
      }
    });
  }

  it('the page date anchors relative dates; a dateline does where the page has none', () => {
    const byName = new Map(PAGES.map((p) => [p.name, summarizeHtml(pageText(p))]));
    const brief = byName.get('brief-comments.html');
    expect(brief?.referenceDate).toEqual({ date: '2023-02-07', source: 'page' });
    expect(brief?.meetings[0].isoDate).toBe('2023-02-07'); // مساء اليوم الثلاثاء
    const legacy = byName.get('legacy-cp1256.html');
    expect(legacy?.referenceDate).toEqual({ date: '2018-05-05', source: 'dateline' });
    expect(legacy?.meetings[0].isoDate).toBe('2018-05-04'); // أمس
    const spa = byName.get('spa-microdata.html');
    expect(spa?.meetings[0].isoDate).toBe('2021-06-02'); // مساء أمس الأربعاء, published Thursday 3 June
    expect(spa?.meetings[0].dateResolution).toBe('day');
  });

  it('--date (referenceDate) wins over the page date', () => {
    const page = PAGES.find((p) => p.name === 'brief-comments.html');
    const s = summarizeHtml(pageText(page!), { referenceDate: '2023-03-01' });
    expect(s.referenceDate).toEqual({ date: '2023-03-01', source: 'option' });
    expect(s.meetings[0].isoDate).toBe('2023-02-28'); // the Tuesday nearest "اليوم" = 1 March
  });
});

describe('extraction details', () => {
  it('decodes entities, drops scripts, styles, templates and comments', () => {
    const { document } = extractArticle(
      '<html><head><title>t</title><style>p{}</style></head><body><article><h1>عنوان الخبر</h1>' +
        '<p>قال الوزير &quot;نعم&quot; &amp; أضاف &#1604;&#1575; &#x627;&#x644;&#x622;&#x646;&nbsp;شيئا، ' + 'وتابع حديثه مطولا عن القضايا المطروحة. '.repeat(12) + '</p>' +
        '<script>var x = "نص مخفي";</script><template><p>قالب مخفي</p></template><!-- تعليق مخفي --></article></body></html>',
    );
    expect(document.text).toContain('قال الوزير "نعم" & أضاف لا الآن شيئا');
    for (const hidden of ['نص مخفي', 'قالب مخفي', 'تعليق مخفي', 'p{}']) expect(document.text).not.toContain(hidden);
  });

  it('a tiny page still yields its text; an empty one yields none, with a warning', () => {
    expect(extractArticle('<html><body><nav><a href="/">الرئيسية</a></nav><div>خبر قصير جدا</div></body></html>').document.text).toContain('خبر قصير جدا');
    const empty = extractArticle('<html><body></body></html>');
    expect(empty.document.text).toBe('');
    expect(empty.warnings).toEqual(['no article found in the page; its whole text is read']);
    expect(summarizeHtml('<html><body></body></html>').warnings).toContain('the page holds no article text');
  });

  it('a fragment without <html> is read', () => {
    const { document } = extractArticle('<p>' + 'التقى الرئيس وفدا رسميا في القصر الجمهوري لبحث العلاقات. '.repeat(10) + '</p><p>وأكد الجانبان أهمية التعاون.</p>');
    expect(document.text).toContain('وأكد الجانبان أهمية التعاون.');
  });
});
