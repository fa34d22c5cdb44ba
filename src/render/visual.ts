/**
 * `--visual`: Arabic written in visual order with shaped letters, for terminals that implement
 * neither bidi nor Arabic shaping (xterm, tmux, kitty, the Linux console): they draw characters
 * left to right as stored, so logical-order Arabic shows letter-reversed and unjoined.
 *
 * Both steps come from ICU through @mapbox/mapbox-gl-rtl-text (a maintained WebAssembly build
 * of ICU's ushape and ubidi): shaping maps letters to their contextual presentation forms
 * (U+FB50-U+FEFF), and each output line is reordered by the Unicode bidi algorithm into the
 * order a bidi terminal would show it, directional isolates included, then stripped of them.
 * Loaded only for --visual (the library embeds ~100 KB of WebAssembly).
 */

export interface Visual {
  /** Shape a piece of text (logical order kept): strip harakat, then presentation forms. */
  shape(text: string): string;
  /** One output line in visual order; colour codes follow the characters they coloured. */
  reorder(line: string): string;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const RTL_OR_CONTROL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Harakat and Quranic marks: after reordering they would precede their letter, and a terminal
// would put them on the wrong one; the letters read well without them.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const SGR = /\u001b\[([0-9;]*)m/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let loading: Promise<Visual> | null = null;

/** Load ICU (once) and return the shaping and reordering functions. */
export function loadVisual(): Promise<Visual> {
  loading ??= import('@mapbox/mapbox-gl-rtl-text').then(async (mod) => {
    const icu = await mod.default;
    return {
      shape: (text) => (ARABIC.test(text) ? icu.applyArabicShaping(text.replace(MARKS, '')) : text),
      reorder: (line) => reorderStyled(line, icu.processStyledBidirectionalText),
    };
  });
  return loading;
}

type StyledBidi = (text: string, styles: number[], breaks: number[]) => [string, number[]][];

/** The SGR attributes in force, by slot (weight, italic, underline, inverse, fg, bg). */
type SgrState = Record<string, string>;

function applySgr(state: SgrState, params: string): void {
  const codes = params === '' ? ['0'] : params.split(';');
  for (let i = 0; i < codes.length; i++) {
    const n = Number(codes[i]);
    if (n === 0) for (const k of Object.keys(state)) delete state[k];
    else if (n === 1 || n === 2) state.weight = String(n);
    else if (n === 22) delete state.weight;
    else if (n === 3) state.italic = '3';
    else if (n === 23) delete state.italic;
    else if (n === 4) state.underline = '4';
    else if (n === 24) delete state.underline;
    else if (n === 7) state.inverse = '7';
    else if (n === 27) delete state.inverse;
    else if (n === 38 || n === 48) {
      // 38;5;n or 38;2;r;g;b: an extended colour takes the following parameters with it.
      const take = codes[i + 1] === '5' ? 2 : codes[i + 1] === '2' ? 4 : 0;
      state[n === 38 ? 'fg' : 'bg'] = codes.slice(i, i + 1 + take).join(';');
      i += take;
    } else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) state.fg = String(n);
    else if (n === 39) delete state.fg;
    else if ((n >= 40 && n <= 47) || (n >= 100 && n <= 107)) state.bg = String(n);
    else if (n === 49) delete state.bg;
  }
}

/**
 * Reorder one line, carrying colours: the SGR codes are taken out, every character gets the
 * style in force where it stood, ICU reorders text and styles together, and the codes are put
 * back wherever the style changes in the visual line.
 */
export function reorderStyled(line: string, bidi: StyledBidi): string {
  if (!RTL_OR_CONTROL.test(line)) return line;
  const styles: string[] = [''];
  const index = new Map<string, number>([['', 0]]);
  const state: SgrState = {};
  let current = 0;
  let plain = '';
  const perChar: number[] = [];
  let last = 0;
  const take = (text: string): void => {
    plain += text;
    for (let k = 0; k < text.length; k++) perChar.push(current);
  };
  for (const m of line.matchAll(SGR)) {
    take(line.slice(last, m.index));
    last = m.index + m[0].length;
    applySgr(state, m[1]);
    const key = Object.values(state).join(';');
    let id = index.get(key);
    if (id === undefined) {
      id = styles.length;
      styles.push(key);
      index.set(key, id);
    }
    current = id;
  }
  take(line.slice(last));
  const [result] = bidi(plain, perChar, []);
  if (!result) return line;
  const [text, visualStyles] = result;
  let out = '';
  let active = 0;
  for (let k = 0; k < text.length; k++) {
    // ICU leaves the isolates of left-to-right runs in place; they have done their work.
    if (BIDI_CONTROLS.test(text[k])) continue;
    const s = visualStyles[k] ?? 0;
    if (s !== active) {
      out += '\u001b[0m' + (styles[s] ? `\u001b[${styles[s]}m` : '');
      active = s;
    }
    out += text[k];
  }
  if (active !== 0) out += '\u001b[0m';
  return out;
}
