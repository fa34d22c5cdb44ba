import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import {
  STEPS,
  asciiDigits,
  decomposePresentationForms,
  hashtagWords,
  lowerLatin,
  stripInvisible,
  stripTashkeel,
  stripTatweel,
  unifyAlef,
  unifyLetters,
  unifySpaces,
} from '../../src/normalize/steps.js';

/** The step's replacement for one character (undefined: the step leaves it alone). */
const apply = (step: (typeof STEPS)[number], ch: string): string | undefined => step.apply(ch, ch.charCodeAt(0));
const norm = (s: string): string => normalize(s).norm;

describe('normalisation steps', () => {
  it('each do what their own example says, applied alone', () => {
    for (const step of STEPS) {
      const [from, to] = step.example.split(' → ');
      const alone = Array.from(from, (ch) => apply(step, ch) ?? ch).join('');
      expect(alone, step.id).toBe(to);
    }
  });

  it('own disjoint sets of characters, so their order does not matter', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const owners = STEPS.filter((s) => s.apply(ch, c) !== undefined).map((s) => s.id);
      if (owners.length > 1) throw new Error(`U+${c.toString(16)} is owned by ${owners.join(', ')}`);
    }
  });

  it('strip-tashkeel removes harakat, shadda, sukun, tanween and superscript alef', () => {
    expect(norm('وَزِيرُ الخَارِجِيَّةِ')).toBe('وزير الخارجيه');
    expect(norm('شُكْرًا')).toBe('شكرا');
    expect(norm('هٰذا')).toBe('هذا');
    for (const mark of ['\u064B', '\u064E', '\u0651', '\u0652', '\u0670', '\u06E1']) expect(apply(stripTashkeel, mark)).toBe('');
    // letters, hamza alone and tatweel belong to other steps or none
    for (const ch of ['ب', 'ء', '\u0640', 'ا']) expect(apply(stripTashkeel, ch)).toBeUndefined();
  });

  it('strip-tatweel removes kashida and nothing else', () => {
    expect(norm('مـــصر والأردن')).toBe('مصر والاردن');
    expect(apply(stripTatweel, '\u0640')).toBe('');
    expect(apply(stripTatweel, '-')).toBeUndefined();
    expect(apply(stripTatweel, '_')).toBeUndefined();
  });

  it('unify-alef turns أ إ آ ٱ into bare alef, and leaves alef maqsura and hamza alone', () => {
    expect(norm('أكد إبراهيم آل ٱلله')).toBe('اكد ابراهيم ال الله');
    for (const ch of ['أ', 'إ', 'آ', 'ٱ']) expect(apply(unifyAlef, ch)).toBe('ا');
    for (const ch of ['ا', 'ى', 'ء']) expect(apply(unifyAlef, ch)).toBeUndefined();
  });

  it('unify-letters turns ى and ی into ي, ة into ه, ؤ into و, ئ into ي, ک into ك', () => {
    expect(norm('مصطفى علی الخارجية مؤتمر رئيس کتاب')).toBe('مصطفي علي الخارجيه موتمر رييس كتاب');
    expect(apply(unifyLetters, 'ى')).toBe('ي');
    expect(apply(unifyLetters, 'ی')).toBe('ي');
    expect(apply(unifyLetters, 'ة')).toBe('ه');
    expect(apply(unifyLetters, 'ؤ')).toBe('و');
    expect(apply(unifyLetters, 'ئ')).toBe('ي');
    // plain ي، ه، و and hamza on the line stay as they are
    for (const ch of ['ي', 'ه', 'و', 'ء']) expect(apply(unifyLetters, ch)).toBeUndefined();
  });

  it('ascii-digits turns Arabic-Indic and Persian digits into ASCII, keeping the Arabic decimal separator', () => {
    expect(norm('القرار ٢٢٥٤ لعام ۲۰۱۵')).toBe('القرار 2254 لعام 2015');
    expect(norm('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(norm('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(norm('٣٫٥')).toBe('3٫5');
    expect(apply(asciiDigits, '7')).toBeUndefined();
  });

  it('strip-invisible removes zero-width characters, bidi marks and overrides, BOM, soft hyphen and ALM', () => {
    expect(norm('\u200Fمصر\u200E و\u202Bالأردن\u202C\u2067قطر\u2069\uFEFF\u00AD\u061C\u200B\u200C\u200D')).toBe('مصر والاردنقطر');
    expect(apply(stripInvisible, ' ')).toBeUndefined();
    expect(apply(stripInvisible, '\n')).toBeUndefined();
  });

  it('unify-spaces turns NBSP, tabs, CR and typographic spaces into a plain space, and keeps newlines', () => {
    expect(norm('وزير\u00A0الخارجية\tو\u2009الرئيس\r\nاليوم')).toBe('وزير الخارجيه و الرييس \nاليوم');
    expect(apply(unifySpaces, '\n')).toBeUndefined();
    expect(apply(unifySpaces, ' ')).toBeUndefined();
  });

  it('decompose-presentation-forms spells ligatures and glyph forms out, then normalises what they hold', () => {
    expect(norm('ﻻ ﷲ ﺍﻟﻘﺎﻫﺮﺓ')).toBe('لا الله القاهره');
    // ﻷ holds alef with hamza and ﺓ is taa marbuta: both end as the other steps make them
    expect(norm('ﻷ')).toBe('لا');
    expect(norm('ﺓ ﻰ')).toBe('ه ي');
    expect(norm('ﷺ')).toBe('صلي الله عليه وسلم');
    expect(apply(decomposePresentationForms, 'ل')).toBeUndefined();
  });

  it('lower-latin lower-cases ASCII letters only', () => {
    expect(norm('UN و UNSC')).toBe('un و unsc');
    expect(apply(lowerLatin, 'É')).toBeUndefined();
    expect(apply(lowerLatin, 'a')).toBeUndefined();
  });

  it('hashtag-words spaces a hashtag\'s mark and underscores, keeping offsets', () => {
    expect(norm('#كمال_الغربي')).toBe(' كمال الغربي');
    expect(normalize('#كمال_الغربي').norm.length).toBe('#كمال_الغربي'.length);
    expect(apply(hashtagWords, '-')).toBeUndefined();
  });
});
