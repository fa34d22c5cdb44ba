import type { Span } from '../types.js';
import { tokensIn, type Token } from './tokens.js';

/**
 * The fallback holder phrase finder, used when the entity index has no mention in a cue's subject.
 * It reads the noun phrase between the cue and its complement:
 *   "وأكدت الشبكة السورية لحقوق الإنسان أن…" → الشبكة السورية لحقوق الإنسان
 *   "وقال وزير الخارجية الأردني أيمن الصفدي إن…" → أيمن الصفدي (title stripped, kept apart)
 */
export interface SubjectPhrase {
  /** The whole subject (title and name), normalised offsets. */
  span: Span;
  /** The name after a title, or the whole phrase where there is no title. */
  name: Span;
  /** The title before the name, when there is one. */
  title: Span | null;
  /** True when the phrase is only a title or description (الوزير، وزير الخارجية السعودي). */
  titleOnly: boolean;
}

// Heads of titles and descriptions that come before a name (normalised): وزير الخارجية X، الرئيس X.
// A small fallback list; the entity layer's title lexicon does the full job.
const TITLE_HEADS = new Set([
  'وزير', 'الوزير', 'وزيره', 'الوزيره', 'رييس', 'الرييس', 'رييسه', 'الرييسه', 'امين', 'الامين', 'مبعوث', 'المبعوث', 'سفير', 'السفير',
  'المتحدث', 'متحدث', 'الناطق', 'ناطق', 'المتحدثه', 'الناطقه', 'مندوب', 'المندوب', 'نايب', 'النايب', 'الملك', 'ملك', 'الامير', 'امير', 'ولي', 'العاهل',
  'الشيخ', 'الدكتور', 'د', 'السيد', 'السيده', 'قايد', 'القايد', 'زعيم', 'الزعيم', 'مستشار', 'المستشار', 'مساعد', 'المساعد', 'عضو', 'العضو',
  'القيادي', 'المسوول', 'مسوول', 'المدير', 'مدير', 'الجنرال', 'اللواء', 'العميد', 'الفريق', 'المشير', 'العقيد', 'الممثل', 'ممثل', 'المنسق', 'منسق',
  'مفوض', 'المفوض', 'محافظ', 'المحافظ', 'حاكم', 'الحاكم', 'سمو', 'معالي', 'فخامه', 'سماحه', 'دوله', 'المرشد', 'الامام', 'رييسا',
  'الوكيل', 'وكيل', 'قاده', 'مسوولو', 'عضوا', 'امينه', 'الامينه', 'السفيره', 'سفيره', 'المبعوثه', 'مبعوثه', 'ولي', 'البابا', 'المستشاره',
  'الناشط', 'الكاتب', 'الخبير', 'المحلل', 'النايبه', 'السناتور', 'الاستاذ', 'الحاخام', 'الباحث', 'القاضي', 'المحامي', 'البروفيسور',
]);

// Words that begin a name part without being a name themselves: بن، أبو، آل، عبد (written apart).
const NAME_LINKS = new Set(['بن', 'ابن', 'ابو', 'ال', 'عبد', 'بنت', 'ولد', 'ابي', 'ام']);

// A subject ends where an adverbial starts: "وقال الوزير في تصريح…", "خلال اللقاء", "للصحفيين".
const ADVERBIAL = new Set([
  'في', 'خلال', 'عقب', 'لدي', 'اثناء', 'امام', 'بعد', 'قبل', 'مساء', 'صباح', 'اليوم', 'امس', 'يوم', 'ضمن', 'وسط', 'بدوره', 'بدورها', 'كذلك', 'ايضا',
  'للصحفيين', 'للصحافيين', 'لوكاله', 'لقناه', 'لصحيفه', 'لموقع', 'لصحف', 'لوسايل', 'لجريده', 'لراديو', 'لاذاعه', 'لتلفزيون', 'عبر', 'حول', 'الاحد',
  'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'اليوم', 'مجددا', 'بشده', 'له', 'لها', 'لهم', 'فيه', 'فيها', 'انذاك', 'حينها',
  'بينما', 'حيث', 'كما', 'الذي', 'التي', 'والذي', 'والتي', 'مؤخرا', 'موخرا', 'بان', 'وان', 'وقال', 'ردا', 'تعليقا', 'بيانا',
]);

/** The words of the subject zone before any adverbial (the zone is [from, to)). */
export function subjectTokens(norm: string, from: number, to: number): Token[] {
  const toks = tokensIn(norm, from, to, 40);
  const out: Token[] = [];
  for (const t of toks) {
    if (t.word && ADVERBIAL.has(t.text)) break;
    if (!t.word && !/[،,]/.test(t.text)) break;
    out.push(t);
  }
  while (out.length && !out[out.length - 1].word) out.pop();
  return out;
}

/**
 * Read a subject phrase from its tokens: a title chunk (head, ال-words, ل-genitives, باسم + noun)
 * followed by a name; or a name or organisation alone. `bounded` keeps only a name-shaped run after
 * the title (for cues with a direct object: "أدان الوزير محمد علي الهجوم").
 */
export function readSubject(toks: Token[], bounded = false): SubjectPhrase | undefined {
  const words = toks.filter((t) => t.word);
  if (!words.length) return undefined;
  let i = 0;
  let titled = false;
  while (i < words.length && TITLE_HEADS.has(words[i].text)) {
    titled = true;
    i++;
    // The rest of the title: الخارجية، العام، للأمم، المتحدة، باسم وزارة الخارجية، الأردني
    while (i < words.length) {
      const w = words[i].text;
      if (w === 'باسم' && i + 1 < words.length) { i += 2; continue; }
      if (w.startsWith('ال') || w.startsWith('لل') || w.startsWith('وال') || (w.startsWith('ل') && i + 1 < words.length && words[i + 1].text.startsWith('ال'))) { i++; continue; }
      if (['الدوله', 'شوون', 'العام', 'عام'].includes(w)) { i++; continue; }
      break;
    }
    // "الوزير المصري، سامح شكري": a comma between title and name.
  }
  const span = { start: words[0].start, end: words[words.length - 1].end };
  if (titled && i >= words.length) return { span, name: span, title: span, titleOnly: true };
  const nameStart = i;
  let j = words.length;
  if (bounded || titled) j = nameEnd(words, nameStart, bounded);
  if (j <= nameStart) return titled ? { span, name: span, title: span, titleOnly: true } : undefined;
  const name = { start: words[nameStart].start, end: words[j - 1].end };
  const title = titled ? { start: words[0].start, end: words[nameStart - 1].end } : null;
  return { span: { start: words[0].start, end: name.end }, name, title, titleOnly: false };
}

/**
 * Where a name run starting at `i` ends (exclusive). Unbounded: the rest of the zone (at most 6 words).
 * Bounded: plain words and links (بن، أبو، عبد) with at most one ال-family name, which ends it:
 * "عادل الجبير الهجوم" → عادل الجبير.
 */
function nameEnd(words: Token[], i: number, bounded: boolean): number {
  const max = Math.min(words.length, i + 6);
  if (!bounded) return max;
  let j = i;
  while (j < max) {
    const w = words[j].text;
    if (NAME_LINKS.has(w) || !w.startsWith('ال')) { j++; continue; }
    // An ال-word is a family name after one given name or a link (عادل الجبير، أبو الغيط), or a name alone.
    const afterLink = j > i && NAME_LINKS.has(words[j - 1].text);
    if (j - i <= 1 || afterLink) j++;
    break;
  }
  return j;
}
