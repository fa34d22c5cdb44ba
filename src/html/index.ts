/**
 * Web pages in: the article of an HTML page extracted (Readability on linkedom, see extract.ts),
 * then summarised, with the page's metadata and extracted text in `document` and its publication
 * day as the reference for relative dates. Import this module only for HTML input: it loads the
 * DOM library, which plain-text runs never need.
 */
import { summarize } from '../index.js';
import type { SummarizeOptions, Summary } from '../types.js';
import { extractArticle, type ExtractOptions } from './extract.js';
import { publishedDay } from './metadata.js';

export { extractArticle, type ExtractedPage, type Extraction, type ExtractOptions } from './extract.js';
export { HtmlRefused, prepareMarkup, DEFAULT_LIMITS, type MarkupLimits, type PreparedMarkup } from './prepare.js';
export { pageMetadata, publishedDay, type PageMetadata } from './metadata.js';
export { looksLikeHtml, isHtmlName } from './detect.js';

/**
 * Summarise a web page. Offsets in the result point into `document.text` (the extracted article),
 * so `document.text.slice(start, end)` is each item's evidence. A reference date given in
 * `options` wins over the page's own publication date. Throws HtmlRefused for a page beyond the
 * limits (prepare.ts).
 */
export function summarizeHtml(html: string, options: SummarizeOptions & ExtractOptions = {}): Summary {
  const { document, warnings } = extractArticle(html, options);
  const published = publishedDay(document.published);
  const reference = options.referenceDate
    ? { referenceDate: options.referenceDate, referenceSource: options.referenceSource ?? ('option' as const) }
    : published
      ? { referenceDate: published, referenceSource: 'page' as const }
      : {};
  const summary = summarize(document.text, { ...options, ...reference });
  summary.warnings = [...summary.warnings, ...warnings];
  if (!document.text.trim()) summary.warnings.push('the page holds no article text');
  summary.document = {
    title: document.title,
    published: document.published,
    url: document.url,
    siteName: document.siteName,
    text: document.text,
  };
  return summary;
}
