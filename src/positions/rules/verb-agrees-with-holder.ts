import { CUES, type CueEntry } from '../../lexicon/cues.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lexicon/givenNames.js';
import { normalizeForm, normalizeName } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

const MALE = new Set(MALE_GIVEN_NAMES.map(normalizeForm));
const FEMALE = new Set(FEMALE_GIVEN_NAMES.map(normalizeForm));
for (const n of FEMALE) MALE.delete(n);

/**
 * "وقالت الوزارة … وأضافت أن"، "وتقول الباحثة إن": a verb agrees with its subject, so a feminine
 * singular verb (قالت، أضافت، تؤكد) is never the words of a man. Where the holder a rule found is
 * a person whose given name only men bear (محمد، خالد), the cue's subject is someone else (a woman,
 * a body, a state) the rules did not find: the cue makes no position. Holders a spokeswoman or a
 * statement speaks for (المتحدثة باسم الرئيس) are left alone.
 */
export const verbAgreesWithHolder: PositionRule = {
  id: 'verb-agrees-with-holder',
  stage: 'positions',
  summary: 'a feminine verb (قالت، أضافت، تؤكد) is never the words of a man: a male holder found for it makes no position',
  example: 'وقال المدير خالد الحديدي إن المشروع سينتهي قريبا. وأضافت أن الأشغال متأخرة عن موعدها.',
  statement(st) {
    const { holder } = st;
    if (holder.how !== 'entity' && holder.how !== 'before' && holder.how !== 'subject') return 'next';
    if (st.form.kind !== 'verb' || !feminineVerb(st.w, st.form.entry)) return 'next';
    const words = normalizeName(holder.name).split(' ');
    return MALE.has(words[0]) && !words.some((w) => FEMALE.has(w)) ? 'stop' : 'next';
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
