import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { dateIn, fewSides, placeIn } from './shared.js';
import { longPast } from '../tense.js';

/**
 * A meeting sentence that names no sides gives its place to the meeting reported next ("استضافت
 * القاهرة اليوم مباحثات …"), or its place and date to the meeting of listed sides just reported
 * where that one named none ("… تنطلق غدا الخميس اجتماعات اللجنة في العاصمة عمّان").
 */
export const placeForNextMeeting: MeetingRule = {
  id: 'place-for-next-meeting',
  stage: 'meetings',
  summary: 'a meeting sentence without sides gives its place to the meeting told next (or its place and date to the one just told)',
  example: 'استضافت العاصمة تونس اليوم مباحثات رفيعة. والتقى خلالها الوزير سامر الحديدي نظيره كمال الغربي.',
  sentence(st) {
    // (a sentence about a meeting long past gives no place to the news: "خلال لقائهما في مسقط الأسبوع الماضي")
    if (!fewSides(st) || longPast(st.text)) return 'next';
    const { a, s, before } = st;
    const place = placeIn(a, st.from, st.to);
    const last = a.out[a.out.length - 1];
    if (last && before && last.span.start === before.start && (!last.location || !last.date)) {
      const date = last.date ? null : dateIn(a, s);
      if (!last.location && place && last.sides?.length) {
        last.location = place;
        mark(last.rules, this.id);
      } else if (place) a.pendingPlace = { place, until: s.end + 600 };
      if (date?.span) {
        last.date = date.span;
        last.isoDate = date.iso;
        mark(last.rules, this.id);
      }
    } else if (place) a.pendingPlace = { place, until: s.end + 600 };
    return 'next';
  },
};
