import type { Doc } from '../../document.js';
import { normalizeForm } from '../../normalize/index.js';
import type { RuleInfo } from '../../rules.js';
import type { RawPerson } from '../people.js';

/** A check on each person mention as found, before linking: false drops it; a check may also narrow the mention's name (leading-word-not-name). */
export interface RawPersonFilter extends RuleInfo<string> {
  stage: 'entities';
  keeps(doc: Doc, raw: RawPerson): boolean;
}

/**
 * Places and institutions named after a person (normalised, without the article: the construct
 * state): مستشفى الملك فهد، جامعة الملك سعود، مطار الملك عبد العزيز. Not the seats a person holds
 * (قصر، مكتب، ديوان، مجلس): "مكتب الأمير فلان" is his office, and he is someone.
 */
const EPONYMOUS = new Set(
  [
    'مستشفى', 'مستشفيات', 'جامعة', 'مركز', 'مدينة', 'مطار', 'ميناء', 'جامع', 'مسجد', 'كلية', 'معهد', 'مجمع', 'قاعة', 'جائزة',
    'كرسي', 'شارع', 'طريق', 'حي', 'برنامج', 'صندوق', 'مؤسسة', 'مكتبة', 'ملعب', 'استاد', 'جسر', 'قاعدة', 'مدرسة', 'مدارس', 'متحف',
  ].map(normalizeForm),
);

/**
 * "نقل المريض إلى مستشفى الملك فهد"، "بجامعة الملك سعود": a royal or honorific title and name in
 * construct after a place or institution noun is that institution's name, no person of the article.
 */
export const eponymNotPerson: RawPersonFilter = {
  id: 'eponym-not-person',
  stage: 'entities',
  summary: 'a title and name after an institution noun in construct (مستشفى الملك فهد، جامعة الملك سعود) name the institution, not a person',
  example: 'ونقل المصابون إلى مستشفى الملك فهد، فيما زار الوزير سامر الحديدي موقع الحادث.',
  keeps(doc, raw) {
    const first = raw.title?.from ?? raw.name?.from;
    if (first === undefined || first < 1 || !raw.title) return true;
    const tokens = doc.tokens;
    if (!tokens[first].joined) return true;
    const word = tokens[first - 1].text;
    return !EPONYMOUS.has(word) && !EPONYMOUS.has(word.replace(/^[وف]?[بل]?(?=\S{3})/u, ''));
  },
};
