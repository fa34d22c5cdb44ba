import { lowerBoundByStart } from '../../segment/search.js';
import type { EntityIndex } from '../../entities/model.js';
import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { PRONOUN_CUES, stripClitic } from './shared.js';

/**
 * "وخلال لقائه بالأمين العام …": the pronoun on the cue is the person last spoken of, where the
 * sentence names one side only and no one before the cue (one named before it is the one the
 * pronoun means: "… فلان … إثر زيارته للمعرض"), or no side at all where the cue is a meeting
 * ("وشدد خلال اجتماعه بمديري المناطق": meets-a-group then reads the group).
 */
export const pronounCueSubject: MeetingRule = {
  id: 'pronoun-cue-subject',
  stage: 'meetings',
  summary: 'the pronoun of a cue (لقائه، زيارته) is the person last named before the sentence',
  example: 'وصل الوزير سامر الحديدي إلى تونس أمس. وخلال لقائه بالرئيس كمال الغربي بحث الجانبان التعاون.',
  sentence(st) {
    const { index, hit, s } = st;
    // with no side named in the sentence, only a meeting (وحث خلال اجتماعه بوكلاء الوزارة): a visit
    // of hers with no one named is where she went, not whom she met
    if (st.ids.length > 1 || (st.ids.length === 0 && hit!.cue.kind === 'visit') || !PRONOUN_CUES.has(stripClitic(st.doc.norm.slice(hit!.start, hit!.end)))) return 'next';
    if (st.ids.length === 1 && index.entities[st.ids[0]].mentions.some((m) => m.start >= s.start && m.end <= hit!.start)) return 'next';
    const prev = lastSpeakerBefore(index, s.start);
    if (prev !== undefined && prev !== st.ids[0]) {
      st.ids.unshift(prev);
      mark(st.trail, this.id);
    }
    return 'next';
  },
};

/** The last person mentioned before `pos` who is not a spokesman (within the 200 mentions before it). */
function lastSpeakerBefore(index: EntityIndex, pos: number): number | undefined {
  const first = lowerBoundByStart(index.mentions, pos);
  for (let k = first - 1; k >= 0 && k >= first - 200; k--) {
    const e = index.entities[index.mentions[k].entity];
    if (e.kind === 'person' && e.roleKind !== 'spokesman') return e.id;
  }
  return undefined;
}
