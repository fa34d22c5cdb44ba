import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadata, type PageMetadata } from './metadata.js';
import { DEFAULT_LIMITS, prepareMarkup, type MarkupLimits } from './prepare.js';
import { linkDensity, textLines } from './text.js';

/**
 * The article of a web page: its main text (what khulasa reads and what every offset of the
 * summary points into) and the page's own metadata.
 *
 * Chosen by measurement (README, "HTML input"): Mozilla's Readability, the article finder of
 * Firefox's Reader View, on linkedom, a DOM without a browser's machinery. linkedom has no script
 * engine, no resource loader and no network code at all, so a page cannot run code or fetch
 * anything however it is written; the markup is also stripped of scripts before parsing
 * (prepare.ts), which bounds the work for hostile pages.
 */
export interface ExtractedPage extends PageMetadata {
  /** The article as plain text: the title, a blank line, then one paragraph per line. */
  text: string;
}

/** The extracted page and remarks about the extraction. */
export interface Extraction {
  document: ExtractedPage;
  warnings: string[];
}

export interface ExtractOptions {
  limits?: MarkupLimits;
}

/** Lines that introduce links to other stories, or say who owns the page: never article text. */
const BOILERPLATE_LINE = /^(?:(?:اقرأ|إقرأ|اقرا|طالع|شاهد|تابع)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|أخبار\s+(?:ذات\s+صلة|متعلقة)|مواضيع\s+ذات\s+صلة)\s*[:：]?|^(?:©|جميع الحقوق محفوظة)|(?:©|&copy;).{0,120}$|^جميع\s+الحقوق\s+محفوظة/u;

/**
 * A block inside the article that is a list of links to other stories ("اقرأ أيضا" boxes, tag
 * lists): most of its text is link text and it holds more than one link.
 */
function isLinkList(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'P') return false;
  return el.getElementsByTagName('a').length >= 2 && linkDensity(el) >= 0.5;
}

function parse(markup: string): Document {
  // A fragment without <html> still gets a body for the article finder to read.
  const html = /<html[\s>]/i.test(markup) ? markup : `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/**
 * Extract the article of a page. Throws HtmlRefused (prepare.ts) for a page beyond the limits;
 * otherwise always returns, with `text` empty when the page holds no text at all.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): Extraction {
  const prepared = prepareMarkup(html, options.limits ?? DEFAULT_LIMITS);
  const warnings: string[] = [];
  if (prepared.flattened > 0) warnings.push(`HTML nested deeper than ${(options.limits ?? DEFAULT_LIMITS).maxDepth} elements; the deeper ones were read as text of their ancestor`);
  const doc = parse(prepared.html);
  const meta = pageMetadata(doc);
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  let lines: string[];
  if (article?.content) {
    lines = textLines(article.content, { skipBlock: isLinkList });
  } else {
    warnings.push('no article found in the page; its whole text is read');
    const body = doc.body ?? doc.documentElement;
    lines = body ? textLines(body, { skipBlock: (el) => /^(?:NAV|HEADER|FOOTER|ASIDE|FORM)$/i.test(el.tagName) || isLinkList(el) }) : [];
  }
  lines = lines.filter((line) => !BOILERPLATE_LINE.test(line));
  const title = meta.title ?? (article?.title ? article.title.replace(/\s+/g, ' ').trim() || null : null);
  // The heading the finder kept is the title again.
  while (title && lines.length > 0 && lines[0] === title) lines.shift();
  const text = title ? [title, '', ...lines].join('\n') : lines.join('\n');
  return { document: { ...meta, title, siteName: meta.siteName ?? article?.siteName ?? null, text }, warnings };
}
