import { expect } from 'vitest';
import { createDoc } from '../../src/document.js';
import { findResolutions } from '../../src/resolutions/index.js';
import type { Resolution } from '../../src/types.js';

/** Run the resolution finder on a text. */
export function find(text: string): Resolution[] {
  return findResolutions(createDoc(text));
}

/**
 * Assert the resolutions found: body, number and the first mention's text and offset together
 * (the offset is where `mention` first occurs in `text`, or at `from` onwards).
 */
export function expectFound(text: string, expected: { body: Resolution['body']; number: string; mention: string; from?: number }[]): Resolution[] {
  const found = find(text);
  expect(found.map((r) => ({ body: r.body, number: r.number }))).toEqual(expected.map((e) => ({ body: e.body, number: e.number })));
  found.forEach((r, i) => {
    const e = expected[i];
    expect(r.text).toBe(e.mention);
    expect(r.start).toBe(text.indexOf(e.mention, e.from ?? 0));
    expect(text.slice(r.start, r.end)).toBe(r.text);
    for (const m of r.mentions) expect(m.end).toBeGreaterThan(m.start);
  });
  return found;
}
