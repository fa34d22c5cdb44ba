import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal } from '../../src/render/sanitize.js';

describe('sanitizeForTerminal', () => {
  it.each([
    ['colour codes', 'قال \u001b[31mالوزير\u001b[0m', 'قال الوزير'],
    ['cursor movement and screen clearing', 'أ\u001b[2J\u001b[H\u001b[10;5Hب', 'أب'],
    ['a window title (OSC, BEL-terminated)', '\u001b]0;pwned\u0007نص', 'نص'],
    ['a hyperlink (OSC 8, ST-terminated)', '\u001b]8;;https://x.test\u001b\\رابط\u001b]8;;\u001b\\', 'رابط'],
    ['an 8-bit CSI', 'أ\u009b31mب', 'أب'],
    ['bidi overrides and isolates', '\u202eشكري\u202c و\u2066جيفري\u2069', 'شكري وجيفري'],
    ['bell, backspace and DEL', 'أ\u0007ب\u0008ج\u007f', 'أ\ufffdب\ufffdج\ufffd'],
    ['a lone ESC', 'أ\u001b', 'أ\ufffd'],
    ['line breaks and tabs', 'سطر\nسطر\tآخر\r\u2028', 'سطر سطر آخر  '],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it('keeps letters, harakat, tatweel, digits and harmless marks', () => {
    const text = 'مُـحَمَّد\u200f قرار ٢٢١٦ (2015) \u061c';
    expect(sanitizeForTerminal(text)).toBe(text);
  });
});
