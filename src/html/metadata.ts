/**
 * What a page says about itself: title, publication date, address and site name, read from the
 * places publishers put them (schema.org JSON-LD, Open Graph and article: meta tags, microdata,
 * <time datetime>, <link rel=canonical>, <title>). Read before the article finder rewrites the DOM.
 */

/** The page's own description of the article; null where the page does not say. */
export interface PageMetadata {
  title: string | null;
  /** Publication time as the page gives it (ISO 8601 as a rule, e.g. 2019-03-12T14:05:00+03:00). */
  published: string | null;
  url: string | null;
  siteName: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle)$/;

type Json = Record<string, unknown>;

function asText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === 'object') return asText((value as Json).name ?? (value as Json)['@id'] ?? (value as Json).url);
  return null;
}

/** The article object of the page's JSON-LD, if any (top level, in an array, or in @graph). */
function jsonLdArticle(doc: Document): Json | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // publishers ship broken JSON-LD; the other sources still count
    }
    const queue: unknown[] = [data];
    for (let n = 0; n < queue.length && n < 1000; n++) {
      const item = queue[n];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Json;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && (obj.headline || obj.datePublished)) return obj;
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return null;
}

/** The content of the first meta tag with one of these property/name/itemprop values. */
function meta(doc: Document, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (wanted.has(key)) {
      const content = asText(el.getAttribute('content'));
      if (content) return content;
    }
  }
  return null;
}

const TITLE_SEPARATOR = /\s+(?:\||::|-|–|—|»|«|:)\s+/;

/** A <title> without its site name: the longest of the parts its separators divide. */
function bareTitle(title: string): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || title;
}

/** Read the metadata of a parsed page. */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const h1 = asText(doc.querySelector('h1')?.textContent);
  const titleTag = asText(doc.querySelector('title')?.textContent);
  const title = asText(ld?.headline) ?? meta(doc, ['og:title', 'twitter:title', 'headline']) ?? h1 ?? (titleTag ? bareTitle(titleTag) : null);
  const timeEl = doc.querySelector('article time[datetime], time[itemprop="datePublished" i][datetime], time[datetime]');
  const published =
    asText(ld?.datePublished) ??
    meta(doc, ['article:published_time', 'og:published_time', 'datePublished', 'parsely-pub-date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date']) ??
    asText(doc.querySelector('[itemprop="datePublished" i]')?.getAttribute('content')) ??
    asText(timeEl?.getAttribute('datetime'));
  const canonical = asText(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'));
  const url = canonical ?? meta(doc, ['og:url', 'twitter:url']) ?? asText(ld?.url) ?? asText(ld?.mainEntityOfPage);
  const siteName = meta(doc, ['og:site_name', 'application-name']) ?? asText((ld?.publisher as Json | undefined)?.name);
  return { title, published, url: url && /^https?:\/\//i.test(url) ? url : null, siteName };
}

/** The calendar day of a published time as the page wrote it (its own time zone), or null. */
export function publishedDay(published: string | null): string | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
