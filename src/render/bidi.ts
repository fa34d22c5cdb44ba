/**
 * Directional isolation for terminal output (Unicode Bidirectional Algorithm, UAX #9).
 *
 * Terminals that apply the bidi algorithm to each line (GNOME Terminal and other VTE terminals,
 * Konsole, mlterm) treat a table border or a space between two Arabic cells as part of one
 * right-to-left run, so neighbouring Arabic cells swap places and leave their headers. Wrapping
 * each piece of Arabic in an isolate (RLI … PDI) makes it one neutral unit to the rest of the
 * line: the line keeps its left-to-right order of cells and borders, and only the inside of each
 * isolate reads right to left. Terminals without bidi show the isolates as nothing (they are
 * zero-width format characters) and the Arabic letter-reversed; `--visual` is for those.
 */

export const LRI = '\u2066';
export const RLI = '\u2067';
export const PDI = '\u2069';

export type Direction = 'ltr' | 'rtl';

// Letters of the right-to-left scripts (bidi classes R and AL); digits and punctuation are weak
// or neutral and do not decide a direction (UAX #9, rule P2).
const RTL_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/gu;
// Anything the bidi algorithm would not leave in place at a left-to-right level: letters and
// digits of the right-to-left blocks (Arabic-Indic digits are class AN), Arabic punctuation.
const NEEDS_ISOLATION = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** The direction of the first strong letter (UAX #9 P2), or null when there is none. */
export function firstStrong(text: string): Direction | null {
  LETTER.lastIndex = 0;
  const m = LETTER.exec(text);
  if (!m) return null;
  return RTL_SCRIPTS.test(m[0]) ? 'rtl' : 'ltr';
}

/** Does this text hold anything a bidi terminal would move (right-to-left letters or digits)? */
export function needsIsolation(text: string): boolean {
  return NEEDS_ISOLATION.test(text);
}

/**
 * Wrap text in a directional isolate when it holds right-to-left text, so it stays one unit in
 * its place on a line; plain left-to-right text is returned as it is, unless `always` (inside a
 * right-to-left line, where Latin runs would merge with their neighbours). `dir` is the
 * direction of the isolate (default: the text's first strong letter, else left to right).
 */
export function isolate(text: string, dir?: Direction | null, always = false): string {
  if (!text || (!always && !needsIsolation(text))) return text;
  const d = dir ?? firstStrong(text) ?? 'ltr';
  return (d === 'rtl' ? RLI : LRI) + text + PDI;
}
