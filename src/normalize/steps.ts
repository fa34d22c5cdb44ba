/**
 * The normalisation steps applied to a copy of the article for matching. Each step maps one
 * UTF-16 code unit to a replacement (possibly empty); the original text is never changed.
 * Order does not matter between steps: each one owns a disjoint set of characters.
 */

/** A named per-character step: returns the replacement, or undefined when the step does not apply. */
export interface NormalizeStep {
  id: string;
  /** An example of what the step does, for the reader. */
  example: string;
  apply(ch: string, code: number): string | undefined;
}

/** Harakat (fathatan … sukun), superscript alef, Quranic annotation marks: removed. */
export const stripTashkeel: NormalizeStep = {
  id: 'strip-tashkeel',
  example: 'مُحَمَّد → محمد',
  apply: (_ch, c) => ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) ? '' : undefined),
};

/** Tatweel (kashida) stretches a word and carries no meaning: removed. */
export const stripTatweel: NormalizeStep = {
  id: 'strip-tatweel',
  example: 'مـــصر → مصر',
  apply: (_ch, c) => (c === 0x0640 ? '' : undefined),
};

/** Alef with hamza above/below, madda and wasla all become bare alef. */
export const unifyAlef: NormalizeStep = {
  id: 'unify-alef',
  example: 'أحمد / إبراهيم / آل → احمد / ابراهيم / ال',
  apply: (_ch, c) => (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671 ? 'ا' : undefined),
};

/** Alef maqsura and Farsi yeh become yaa; taa marbuta becomes haa; hamza on waw/yaa become waw/yaa. */
export const unifyLetters: NormalizeStep = {
  id: 'unify-letters',
  example: 'مصطفى / الخارجية / مؤتمر / رئيس → مصطفي / الخارجيه / موتمر / رييس',
  apply: (_ch, c) => {
    switch (c) {
      case 0x0649: // ى
      case 0x06cc: // ی (Farsi yeh)
      case 0x0626: // ئ
        return 'ي';
      case 0x0629: // ة
        return 'ه';
      case 0x0624: // ؤ
        return 'و';
      case 0x06a9: // ک (keheh)
        return 'ك';
      default:
        return undefined;
    }
  },
};

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII digits. */
export const asciiDigits: NormalizeStep = {
  id: 'ascii-digits',
  example: '٢٢٥٤ → 2254',
  apply: (_ch, c) => {
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
    return undefined;
  },
};

/** Zero-width characters, bidi marks and overrides, byte-order marks, soft hyphens: removed. */
export const stripInvisible: NormalizeStep = {
  id: 'strip-invisible',
  example: 'مصر\u200F → مصر',
  apply: (_ch, c) =>
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad || c === 0x061c
      ? ''
      : undefined,
};

/** Non-breaking, thin and other Unicode spaces, tabs and CR become a plain space (newlines stay). */
export const unifySpaces: NormalizeStep = {
  id: 'unify-spaces',
  example: 'وزير\u00A0الخارجية → وزير الخارجية',
  apply: (_ch, c) => (c === 0x00a0 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200a) ? ' ' : undefined),
};

/** Arabic presentation forms (ﻻ, ﷲ, isolated/final glyph codes) become their plain letters (NFKC). */
export const decomposePresentationForms: NormalizeStep = {
  id: 'decompose-presentation-forms',
  example: 'ﻻ → لا',
  apply: (ch, c) => ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) ? ch.normalize('NFKC') : undefined),
};

/**
 * A hashtag's mark and the underscores that join its words (#مارتن_غريفيث، #الحريري) become
 * spaces: the words are the name, as if written plainly.
 */
export const hashtagWords: NormalizeStep = {
  id: 'hashtag-words',
  example: 'مارتن_غريفيث → مارتن غريفيث',
  apply: (_ch, c) => (c === 0x23 || c === 0x5f ? ' ' : undefined),
};

/** Latin letters are lower-cased so "UN" and "un" match alike. */
export const lowerLatin: NormalizeStep = {
  id: 'lower-latin',
  example: 'UN → un',
  apply: (ch, c) => (c >= 0x41 && c <= 0x5a ? ch.toLowerCase() : undefined),
};

/** All steps, in the order they are tried for each character. */
export const STEPS: readonly NormalizeStep[] = [
  stripTashkeel,
  stripTatweel,
  unifyAlef,
  unifyLetters,
  asciiDigits,
  stripInvisible,
  unifySpaces,
  hashtagWords,
  decomposePresentationForms,
  lowerLatin,
];
