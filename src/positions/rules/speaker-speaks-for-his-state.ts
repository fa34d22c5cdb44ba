import { normalizeForm } from '../../normalize/index.js';
import { mark } from '../../rules.js';
import type { Entity } from '../../entities/model.js';
import type { PositionRule } from '../model.js';

/** The article's entities by name (the first of a name wins), built once per article. */
const BY_NAME = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** The entities of an article by name, from the memo or built now. */
function entitiesByName(ents: readonly Entity[]): Map<string, Entity> {
  let m = BY_NAME.get(ents);
  if (!m) {
    m = new Map();
    for (const e of ents) if (!m.has(e.name)) m.set(e.name, e);
    BY_NAME.set(ents, m);
  }
  return m;
}

/** Nouns by which an official names the state he serves: المملكة، الدولة، البلاد، الحكومة (normalised). */
const STATE_SELF_NOUNS: ReadonlySet<string> = new Set(['المملكة', 'السلطنة', 'الدولة', 'البلاد', 'بلاده', 'بلادها', 'بلادنا', 'الحكومة', 'حكومته', 'حكومتها', 'حكومة بلاده', 'حكومة بلادها'].map(normalizeForm));

/**
 * "قال الوزير السعودي فلان إن المملكة تدين …": a cue whose subject, written before it inside the
 * current speaker's own statement, is the state he serves (by name, or المملكة، بلاده، الحكومة)
 * states his view, not a separate holder's; so the statement is his, and later cues with no
 * subject (وقال، ودعا) go on with him. A spokesman speaks for his state too, but as a reporter: his
 * state stays the holder.
 */
export const speakerSpeaksForHisState: PositionRule = {
  id: 'speaker-speaks-for-his-state',
  stage: 'positions',
  summary: "a subject before its cue that is the current speaker's own state (قال الوزير إن المملكة تدين) leaves the view his",
  example: 'وقال وزير الخارجية التونسي كمال الغربي إن تونس ترفض "أي تدخل في شؤون جيرانها".',
  cue(st) {
    const h = st.holder;
    const last = st.a.last;
    if (!h || h.how !== 'before' || !last || last.holder.how !== 'entity') return 'next';
    if (st.cueStart < last.span.start || st.cueStart >= last.span.end) return 'next';
    const byName = entitiesByName(st.a.entities.entities);
    const speaker = byName.get(last.holder.name);
    if (!speaker || speaker.kind !== 'person' || !speaker.country || speaker.roleKind === 'spokesman') return 'next';
    const state = byName.get(h.name);
    const own = state ? state.kind === 'country' && state.country === speaker.country : STATE_SELF_NOUNS.has(normalizeForm(h.name));
    if (!own) return 'next';
    st.holder = { ...last.holder, how: 'before' };
    mark(st.trail, this.id);
    return 'next';
  },
};
