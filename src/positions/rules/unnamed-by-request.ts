import { plainText } from '../../document.js';
import { normalizeName } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

/**
 * "الذي طلب عدم نشر اسمه"، "التي فضلت عدم الكشف عن هويتها"، "الذي رفض ذكر اسمه" after the subject
 * (normalised): the speaker asked not to be named.
 */
const ANONYMOUS = /(?:^|\s)(?:الذي|التي|الذين)\s+(?:فضل|فضلت|فضلوا|طلب|طلبت|طلبوا|رفض|رفضت|رفضوا)\s+(?:عدم\s+)?(?:الكشف\s+عن|ذكر|نشر|الافصاح\s+عن)\s+(?:اسم|هويت)\S*/u;

/**
 * "وأوضح القيادي الذي فضل عدم الكشف عن اسمه أن …": a speaker who asked not to be named is no one
 * the article names, though a named person holds the same title. He is the unnamed source told
 * before whose words share his title's head (مصدر قيادي في الحركة … القيادي؛ مسؤول أميركي …
 * المسؤول), else his title as written.
 */
export const unnamedByRequest: PositionRule = {
  id: 'unnamed-by-request',
  stage: 'positions',
  summary: 'a speaker who asked not to be named (الذي طلب عدم نشر اسمه) is the unnamed source told before, or his title, never a named person',
  example: 'والتقى الرئيس الأمريكي فهد الزين رئيس الوزراء سامر الحديدي. وأوضح المسؤول الذي طلب عدم نشر اسمه أن الاتفاق بات قريبا.',
  statement(st) {
    const zone = st.doc.norm.slice(st.cueEnd, st.contentStart);
    const anon = ANONYMOUS.exec(zone);
    if (!anon) return 'next';
    const title = zone.slice(0, anon.index).replace(/^[\s،,]+|[\s،,]+$/gu, '');
    const head = title.split(/\s+/u)[0]?.replace(/^ال/u, '') ?? '';
    if (head.length < 3) return 'stop';
    // the unnamed source told last whose words hold the head (مصدر قيادي … for القيادي)
    for (let k = st.a.found.length - 1; k >= 0; k--) {
      const h = st.a.found[k].p.holder;
      if (h && normalizeName(h).split(' ').some((w) => w === head || w === 'ال' + head)) {
        st.holder = { name: h, via: null, how: 'phrase' };
        return 'next';
      }
    }
    const at = st.cueEnd + zone.indexOf(title);
    st.holder = { name: plainText(st.doc, { start: at, end: at + title.length }), via: null, how: 'phrase' };
    return 'next';
  },
};
