import { mentionsIn } from '../../entities/model.js';
import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { join } from './shared.js';

/** Sending a delegation to the meeting already told: "إرسال وفد إلى المفاوضات"، "سيرسل وفدا إلى الاجتماع". */
const SENDS_DELEGATION = /(?<![\p{L}])(?:[لب]?ارسال|يرسل|ترسل|سيرسل|سترسل|ارسل|ارسلت)\s+(?:وفد|وفدا)(?:\s+[\p{L}]+){0,2}\s+(?:الي|في)\s+(?:ال)(?:محادثات|مباحثات|مفاوضات|اجتماع|اجتماعات|قمه|موتمر|حوار)(?![\p{L}])/u;

/** A body that sends a delegation to the talks just reported joins them (the talks held, not ones only arranged since). */
export const joinDelegationSender: MeetingRule = {
  id: 'join-delegation-sender',
  stage: 'meetings',
  summary: 'a body sending a delegation "to the talks" (إرسال وفد إلى المحادثات) joins the talks just reported',
  example: 'بدأت في جنيف محادثات بين الحكومة اليمنية والحوثيين. وقرر حزب الإصلاح إرسال وفد إلى المحادثات.',
  sentence(st) {
    if (!st.a.out.length) return 'next';
    const at = st.text.search(SENDS_DELEGATION);
    if (at < 0) return 'next';
    const out = st.a.out;
    const last = [...out].reverse().find((m) => !m.planned) ?? out[out.length - 1];
    if (join(last, st.index, mentionsIn(st.index, st.s.start, st.s.start + at), 'organization')) mark(last.rules, this.id);
    return 'stop';
  },
};
