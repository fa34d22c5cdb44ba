import { ACCORDING_NON_SOURCES } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { normalizeName } from '../../normalize/index.js';
import { firstWord } from '../holder.js';
import type { PositionRule } from '../model.js';

const NON_SOURCES = new WordSet(() => ACCORDING_NON_SOURCES);
/** Rules that give a cue the speaker of earlier words: the source named after بحسب is never one. */
const EARLIER_SPEAKER = ['continues-last-speaker', 'noun-continues-speaker', 'current-speaker', 'same-speaker-again'];

/**
 * "وبحسب تقارير صحفية، فإن …"، "وحسب الأرقام، فإن …": reports, figures, documents, the press and
 * people in general, cited as the source of what follows فإن, hold no view of their own unless they
 * name a person or body (وبحسب تقرير الأمم المتحدة، فإن …), who holds it; a person,
 * body or unnamed source (وبحسب الوزير فلان، وحسب مصادر أمنية) does. The source is the one named
 * after بحسب, never the speaker of earlier words (an outlet there is left to outlet-is-news).
 */
export const accordingToSource: PositionRule = {
  id: 'according-to-source',
  stage: 'positions',
  summary: 'in "وبحسب X، فإن …" a report, figure, document or the press as X holds no view (وبحسب تقارير صحفية)',
  example: 'وبحسب تقارير صحفية محلية، فإن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.',
  statement(st) {
    if (st.form.entry.id !== 'hasaba') return 'next';
    if (st.trail.some((r) => EARLIER_SPEAKER.includes(r))) return 'stop';
    if (st.holder.how !== 'phrase') return 'next';
    const head = firstWord(normalizeName(st.holder.name));
    if (!NON_SOURCES.has(head) && !(head.startsWith('ال') && NON_SOURCES.has(head.slice(2)))) return 'next';
    // "وبحسب تقرير الأمم المتحدة": a report that names its body is that body's
    return st.comp && st.a.entities.firstMentionIn(st.cueEnd, st.comp.start) ? 'next' : 'stop';
  },
};
