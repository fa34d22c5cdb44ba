import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderBrief } from '../../src/render/brief.js';
import type { Lang } from '../../src/render/labels.js';
import { sanitizeForTerminal } from '../../src/render/sanitize.js';
import { renderTable } from '../../src/render/table.js';
import { loadVisual } from '../../src/render/visual.js';
import { displayWidth } from '../../src/render/width.js';
import { ARTICLE, summary } from './fixtures.js';
import { visualJs } from './uba.js';

const visual = await loadVisual();
const prepare = (s: string): string => visual.shape(sanitizeForTerminal(s));

describe('--visual (ICU shaping and reordering)', () => {
  it('shapes letters into presentation forms, joins lam-alef, drops harakat', () => {
    expect(visual.shape('سلام')).toBe('\uFEB3\uFEFC\uFEE1');
    expect(visual.shape('مُحَمَّد')).toBe(visual.shape('محمد'));
    expect(visual.shape('Egypt 2254')).toBe('Egypt 2254');
    // Shaping twice changes nothing (the renderer may prepare a piece more than once).
    expect(visual.shape(visual.shape('الأمين العام للجامعة العربية'))).toBe(visual.shape('الأمين العام للجامعة العربية'));
  });

  for (const lang of ['en', 'ar'] as Lang[]) {
    it(`writes each line as the bidi algorithm displays it (${lang})`, () => {
      const opts = { lang, width: 80, chalk: null, text: ARTICLE, prepare };
      const logical = [...renderTable(summary(), opts).split('\n'), ...renderBrief(summary(), { ...opts, context: true }).split('\n')];
      for (const line of logical) {
        const shown = visual.reorder(line);
        // ICU's order is bidi-js's order (with mirrored brackets), without the isolates.
        expect(shown, line).toBe(visualJs(line));
        expect(displayWidth(shown)).toBe(displayWidth(line));
        expect(shown).not.toMatch(/[\u2066-\u2069]/);
        // No joining letter is left unshaped for a terminal without shaping (hamza joins nothing).
        expect(shown).not.toMatch(/[\u0622-\u063A\u0641-\u064A]/);
      }
    });
  }

  it('keeps colours on the characters they coloured', () => {
    const c = new Chalk({ level: 1 });
    const line = `${c.bold('Positions')} \u2067${c.yellow(visual.shape('سلام'))} ${visual.shape('عليكم')}\u2069`;
    const shown = visual.reorder(line);
    const word = [...visual.shape('سلام')].reverse().join('');
    expect(shown).toContain(`\u001b[33m${word}\u001b[0m`);
    expect(shown.replace(/\u001b\[[0-9;]*m/g, '')).toBe(visualJs(line.replace(/\u001b\[[0-9;]*m/g, '')));
    expect(shown.indexOf(word)).toBeGreaterThan(shown.indexOf([...visual.shape('عليكم')].reverse().join('')));
  });

  it('leaves lines without right-to-left text as they are', () => {
    expect(visual.reorder('2 meetings · 3 participants')).toBe('2 meetings · 3 participants');
  });
});
