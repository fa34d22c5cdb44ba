import { readdirSync, readFileSync } from 'node:fs';
import { decode } from '../../src/cli/decode.js';

/** A test page written for this project, with what a reader would call its article. */
export interface TestPage {
  name: string;
  bytes: Uint8Array;
  expect: {
    title: string;
    /** The publication day, or null when the page gives none. */
    published: string | null;
    url: string | null;
    siteName: string | null;
    /** The day of the dateline at the article's top, where the page gives no date of its own. */
    dateline?: string;
    /** The article's paragraphs as a reader sees them (entities decoded, <q> as «»). */
    body: string[];
    /** Strings of the page outside the article: menus, sidebars, related links, footers, scripts. */
    boilerplate: string[];
    /** The sides of each meeting the article reports (names as the summary gives them). */
    meetings: string[][];
  };
}

const DIR = new URL('./pages/', import.meta.url);

/** Every page in test/html/pages, sorted by name. */
export const PAGES: TestPage[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((name) => ({
    name,
    bytes: readFileSync(new URL(name, DIR)),
    expect: JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.expect.json'), DIR), 'utf8')),
  }));

/** A page's text as the CLI decodes it (its declared charset honoured). */
export function pageText(page: TestPage): string {
  return decode(page.bytes, 'auto', page.name).text;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Share of the body's words found in the text (as a multiset), and share of boilerplate strings absent from it. */
export function quality(text: string, page: TestPage): { bodyKept: number; boilerplateDropped: number; bodyWords: number; boilerplate: number } {
  const bag = new Map<string, number>();
  for (const w of collapse(text).split(' ')) bag.set(w, (bag.get(w) ?? 0) + 1);
  let words = 0;
  let kept = 0;
  for (const p of page.expect.body) {
    for (const w of collapse(p).split(' ')) {
      words++;
      const n = bag.get(w) ?? 0;
      if (n > 0) {
        kept++;
        bag.set(w, n - 1);
      }
    }
  }
  const flat = collapse(text);
  const dropped = page.expect.boilerplate.filter((b) => !flat.includes(collapse(b))).length;
  return { bodyKept: kept / words, boilerplateDropped: dropped / page.expect.boilerplate.length, bodyWords: words, boilerplate: page.expect.boilerplate.length };
}
