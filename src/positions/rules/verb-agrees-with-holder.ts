import { CUES, type CueEntry } from '../../lexicon/cues.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lexicon/givenNames.js';
import { normalizeForm, normalizeName } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

const MALE = new Set(MALE_GIVEN_NAMES.map(normalizeForm));
const FEMALE = new Set(FEMALE_GIVEN_NAMES.map(normalizeForm));
for (const n of FEMALE) MALE.delete(n);

/**
 * "وقالت الوزارة … وأضافت أن"، "وتقول الباحثة إن": a verb agrees with its subject, so a feminine
 * singular verb (قالت، أضافت، تؤكد) is never the words of a man, nor a masculine one (قال، يقول)
 * a woman's. Where the holder a rule found is a person whose given name only men bear (محمد، خالد)
 * for a feminine verb, or only women (فاطمة، سلمى) for a masculine one, the cue's subject is someone
 * the rules did not find (or the "name" is a word: خيرة، سماء): the cue makes no position. Holders
 * a spokeswoman or a statement speaks for (المتحدثة باسم الرئيس) are left alone.
 */
export const verbAgreesWithHolder: PositionRule = {
  id: 'verb-agrees-with-holder',
  stage: 'positions',
  summary: 'a feminine verb (قالت، تؤكد) is never a man\'s, a masculine one (قال، يقول) never a woman\'s: a holder of the other gender makes no position',
  example: 'وقال المدير خالد الحديدي إن المشروع سينتهي قريبا. وأضافت أن الأشغال متأخرة عن موعدها.',
  statement(st) {
    const { holder } = st;
    if (holder.how !== 'entity' && holder.how !== 'before' && holder.how !== 'subject') return 'next';
    if (st.form.kind !== 'verb') return 'next';
    // "وقال …" read as a woman's: her name opens the holder, the verb is a man's (or the name a word: خيرة، سماء، عالية)
    // (the name is read only for a verb of either gender)
    const feminine = feminineVerb(st.w, st.form.entry);
    if (!feminine && !masculineVerb(st.w, st.form.entry)) return 'next';
    const words = normalizeName(holder.name).split(' ');
    if (!feminine) return FEMALE.has(words[0]) && !MALE.has(words[0]) ? 'stop' : 'next';
    // (a given name عبد … with a family name after it is a man's: عبد الله الثني; a bare عبد الواحد may be a woman's surname)
    return (MALE.has(words[0]) || (words[0] === 'عبد' && words.length >= 3)) && !words.some((w) => FEMALE.has(w)) ? 'stop' : 'next';
  },
};

/** Every cue's past forms (normalised), made on first use: تحدث، تقدم are pasts of their own verbs. */
let pasts: ReadonlySet<string> | undefined;
const PASTS = (): ReadonlySet<string> => (pasts ??= new Set(CUES.flatMap((e) => [...e.past, ...listedPasts(e)]).map(normalizeForm)));

/** An entry's listed verb forms that are no present: تدعو is one where يدعو is listed beside it. */
function listedPasts(e: CueEntry): string[] {
  const listed = e.forms?.verb ?? [];
  return listed.filter((f) => !/^[يت]/u.test(f) || (f.startsWith('ت') && !listed.includes('ي' + f.slice(1))));
}

/** Feminine singular forms of an entry, normalised (قالت، تقول، دعت، تدعو), made once per entry. */
const feminineForms = new WeakMap<CueEntry, ReadonlySet<string>>();

/** The cue word (normalised, no proclitics) is a feminine singular form of its entry's verb. */
export function feminineVerb(w: string, entry: CueEntry): boolean {
  let forms = feminineForms.get(entry);
  if (!forms) {
    const out = new Set<string>();
    for (const p of entry.past) out.add(normalizeForm(p) + 'ت');
    // (not a present that is also a past of the form تفعّل: تقدم، تحدث "he spoke")
    for (const p of entry.present) if (p.startsWith('ي') && !PASTS().has(normalizeForm('ت' + p.slice(1)))) out.add(normalizeForm('ت' + p.slice(1)));
    const listed = (entry.forms?.verb ?? []).map(normalizeForm);
    for (const f of listed) {
      // دعا → دعت، نفى → نفت، رأى → رأت; يدعو → تدعو
      if (/[اي]$/u.test(f)) out.add(f.slice(0, -1) + 'ت');
      if (f.startsWith('ي') && !PASTS().has('ت' + f.slice(1))) out.add('ت' + f.slice(1));
    }
    forms = out;
    feminineForms.set(entry, forms);
  }
  return forms.has(w);
}

/** The cue word (normalised, no proclitics) is the masculine singular past or present of its entry (قال، يقول). */
export function masculineVerb(w: string, entry: CueEntry): boolean {
  let forms = masculineForms.get(entry);
  if (!forms) masculineForms.set(entry, (forms = new Set([...entry.past, ...entry.present].map(normalizeForm))));
  return forms.has(w);
}

/** Masculine singular past and present forms of an entry, normalised, made once per entry. */
const masculineForms = new WeakMap<CueEntry, ReadonlySet<string>>();
