/**
 * Is an input a web page? Decided by its name (.html, .htm, .xhtml) or its content, cheaply and
 * without loading any HTML library, so plain-text runs never pay for one.
 */

/** File names that stand for web pages. */
const HTML_NAME = /\.x?html?$/i;

/** A document that opens as HTML does: a doctype, <html>, <head>, or a comment or <meta> first. */
const HTML_START = /^(?:\uFEFF)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s|<!--|<\?xml[^>]*>\s*<(?:!doctype\s+html|html))/i;

/** Block-level tags: several of them make a fragment of HTML (a page saved without its head). */
const BLOCK_TAG = /<(?:p|div|br|article|section|h[1-6]|li|td|body|table|span)\b[^>]*>/gi;

/** Is this file name one of a web page? */
export function isHtmlName(name: string): boolean {
  return HTML_NAME.test(name);
}

/** Does this text look like HTML? The start of a page, or at least three block tags in its first 64 KB. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 1024))) return true;
  const head = text.slice(0, 65_536);
  BLOCK_TAG.lastIndex = 0;
  let n = 0;
  while (BLOCK_TAG.exec(head)) if (++n >= 3) return true;
  return false;
}
